/**
 * Request and response records of the HTTP calls services make to each other. Internal calls go to
 * {@code /internal/**} with a service token (role {@code service}, scoped to one tenant); the same
 * records serve the dashboard's {@code /api/**} where an endpoint is public. Services map them to their
 * own domain types at the edge, as with events.
 */
package com.artinsmartrealty.contracts.api;
