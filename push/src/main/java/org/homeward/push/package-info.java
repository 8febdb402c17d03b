/**
 * Notification delivery: devices, the transactional outbox, reminder scheduling and the gateway
 * to Firebase Cloud Messaging. It knows devices and messages, not cases; the backend decides who
 * is told what. Built out by the reminders issue; the foundation only places it in the build.
 */
package org.homeward.push;
