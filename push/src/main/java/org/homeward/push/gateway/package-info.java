/**
 * Delivery to devices: {@link org.homeward.push.gateway.PushGateway} takes a batch of
 * {@link org.homeward.push.gateway.PushMessage}s and answers one
 * {@link org.homeward.push.gateway.Delivery} per message. {@link org.homeward.push.gateway.FirebaseGateway}
 * sends through the Firebase Admin SDK (optionally to another base URL, e.g. the fake FCM server of
 * the test-jar); {@link org.homeward.push.gateway.LoggingGateway} stands in when no credentials are
 * configured. {@link org.homeward.push.gateway.PushGatewayFactory} chooses between them.
 */
package org.homeward.push.gateway;
