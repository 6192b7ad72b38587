package org.forewarn;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ForewarnApplication {
    public static void main(String[] args) {
        SpringApplication.run(ForewarnApplication.class, args);
    }
}
