package org.homeward.push;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** The push module's settings, under {@code homeward.push}; every one has a default. */
@ConfigurationProperties("homeward.push")
public class PushSettings {

    /** Messages a dispatcher takes at once: FCM's sendEach limit. */
    private int batchSize = 500;
    /** Dispatchers in this process; any number of processes may run theirs too. */
    private int dispatchers = 2;
    private boolean dispatchEnabled = true;
    /** How long a dispatcher waits when nothing is due. */
    private Duration idleWait = Duration.ofMillis(500);
    private int maxAttempts = 8;
    private Duration retryBase = Duration.ofSeconds(15);
    private Duration retryMax = Duration.ofHours(1);
    /** Reminders become notifications this long before they are due, so a burst is queued in time. */
    private Duration materialiseAhead = Duration.ofMinutes(10);
    private int materialiseBatch = 1000;
    private List<Duration> appointmentOffsets = List.of(Duration.ofHours(24), Duration.ofHours(2));
    private LocalTime taskReminderTime = LocalTime.of(9, 0);
    private LocalTime quietFrom = LocalTime.of(22, 0);
    private LocalTime quietUntil = LocalTime.of(7, 0);

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = Math.max(1, Math.min(500, batchSize));
    }

    public int getDispatchers() {
        return dispatchers;
    }

    public void setDispatchers(int dispatchers) {
        this.dispatchers = Math.max(0, dispatchers);
    }

    public boolean isDispatchEnabled() {
        return dispatchEnabled;
    }

    public void setDispatchEnabled(boolean dispatchEnabled) {
        this.dispatchEnabled = dispatchEnabled;
    }

    public Duration getIdleWait() {
        return idleWait;
    }

    public void setIdleWait(Duration idleWait) {
        this.idleWait = idleWait;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    public Duration getRetryBase() {
        return retryBase;
    }

    public void setRetryBase(Duration retryBase) {
        this.retryBase = retryBase;
    }

    public Duration getRetryMax() {
        return retryMax;
    }

    public void setRetryMax(Duration retryMax) {
        this.retryMax = retryMax;
    }

    public Duration getMaterialiseAhead() {
        return materialiseAhead;
    }

    public void setMaterialiseAhead(Duration materialiseAhead) {
        this.materialiseAhead = materialiseAhead;
    }

    public int getMaterialiseBatch() {
        return materialiseBatch;
    }

    public void setMaterialiseBatch(int materialiseBatch) {
        this.materialiseBatch = Math.max(1, materialiseBatch);
    }

    public List<Duration> getAppointmentOffsets() {
        return appointmentOffsets;
    }

    public void setAppointmentOffsets(List<Duration> appointmentOffsets) {
        this.appointmentOffsets = List.copyOf(appointmentOffsets);
    }

    public LocalTime getTaskReminderTime() {
        return taskReminderTime;
    }

    public void setTaskReminderTime(LocalTime taskReminderTime) {
        this.taskReminderTime = taskReminderTime;
    }

    public LocalTime getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(LocalTime quietFrom) {
        this.quietFrom = quietFrom;
    }

    public LocalTime getQuietUntil() {
        return quietUntil;
    }

    public void setQuietUntil(LocalTime quietUntil) {
        this.quietUntil = quietUntil;
    }
}
