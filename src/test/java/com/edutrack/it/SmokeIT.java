package com.edutrack.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.edutrack.support.TestEnv;
import org.junit.jupiter.api.Test;

class SmokeIT {
    @Test
    void readyAndLogin() {
        given().baseUri(TestEnv.baseUrl()).get("/health/ready").then().statusCode(200);
        given().baseUri(TestEnv.baseUrl()).contentType("application/json").body("{\"username\":\"owner\",\"password\":\"owner-pass-123\"}")
                .post("/api/accounts/login/").then().statusCode(200).body("role", equalTo("siteowner"));
    }
}
