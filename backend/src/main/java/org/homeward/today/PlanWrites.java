package org.homeward.today;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.annotation.event.PrePersist;
import io.micronaut.data.annotation.event.PreRemove;
import io.micronaut.data.annotation.event.PreUpdate;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import jakarta.inject.Singleton;
import org.homeward.appointments.Appointment;
import org.homeward.people.UserAccountRepository;
import org.homeward.tasks.Task;

import java.lang.annotation.Annotation;
import java.util.Set;

/**
 * Raises the participant's plan version whenever one of their tasks or appointments is written, in
 * the same transaction, so {@link TodayCache} never serves a day that changed. It listens to the
 * repositories themselves, so no write path can forget it; and it runs before the write, so the
 * account row is locked before the new row's foreign-key check shares it (the other order lets two
 * writes for one participant deadlock).
 */
@Singleton
class PlanWrites implements EntityEventListener<Object> {

    private static final Set<Class<? extends Annotation>> WRITES = Set.of(PrePersist.class, PreUpdate.class,
            PreRemove.class);

    // A provider: the repositories are built with the entity listeners, so this one may not need them early.
    private final BeanProvider<UserAccountRepository> users;

    PlanWrites(BeanProvider<UserAccountRepository> users) {
        this.users = users;
    }

    @Override
    public boolean supports(RuntimePersistentEntity<Object> entity, Class<? extends Annotation> eventType) {
        Class<?> type = entity.getIntrospection().getBeanType();
        return (type == Task.class || type == Appointment.class) && WRITES.contains(eventType);
    }

    @Override
    public boolean prePersist(EntityEventContext<Object> context) {
        return raise(context.getEntity());
    }

    @Override
    public boolean preUpdate(EntityEventContext<Object> context) {
        return raise(context.getEntity());
    }

    @Override
    public boolean preRemove(EntityEventContext<Object> context) {
        return raise(context.getEntity());
    }

    private boolean raise(Object entity) {
        String participantId = entity instanceof Task task ? task.participantId()
                : ((Appointment) entity).participantId();
        users.get().raisePlanVersion(participantId);
        return true;
    }
}
