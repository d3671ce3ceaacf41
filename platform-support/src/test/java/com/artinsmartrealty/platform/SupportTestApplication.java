package com.artinsmartrealty.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service for testing the shared runtime against real infrastructure. */
@SpringBootApplication
public class SupportTestApplication {
}
