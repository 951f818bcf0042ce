package com.edutrack.support;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Accounts and lookups written straight into the test database, so each test starts from people
 * of its own (unique names) without depending on other routes. Passwords are hashed exactly as
 * the server does (PBKDF2-SHA256, Django format), so these accounts log in over HTTP.
 */
public final class Fixtures {
    public static final String PASSWORD = "fixture-pass-123";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Fixtures() {
    }

    /** A user of any role; {@code profileId} is the teacher/assistant/student row (0 for a site owner). */
    public record Account(long userId, UUID uuid, String username, String password, long profileId, String role) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet() + "-" + Integer.toHexString(RANDOM.nextInt(0xffff));
    }

    public static long grade() {
        return Db.insert("insert into grades(name, sort_order, is_active) values (?, 1, true)", unique("grade"));
    }

    public static long subject() {
        return Db.insert("insert into subjects(name, sort_order, is_active) values (?, 1, true)", unique("subject"));
    }

    public static long governorate() {
        return Db.insert("insert into governorates(name, sort_order, is_active) values (?, 1, true)", unique("gov"));
    }

    public static long area(long governorate) {
        return Db.insert("insert into areas(governorate_id, name, sort_order, is_active) values (?, ?, 1, true)", governorate, unique("area"));
    }

    static Account user(String role, String name) {
        String username = unique(role);
        UUID uuid = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        long id = Db.insert("insert into users(uuid, username, password_hash, role, name, gmail, is_active, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, true, ?, ?, 0)",
                uuid, username, hash(PASSWORD), role, name, role.equals("siteowner") ? null : username + "@gmail.com", now, now);
        return new Account(id, uuid, username, PASSWORD, 0, role);
    }

    public static Account siteOwner() {
        return user("siteowner", "Owner " + SEQ.get());
    }

    public static Account teacher() {
        Account user = user("teacher", "Teacher " + SEQ.get());
        long id = Db.insert("insert into teachers(user_id, phone, created_at) values (?, '01000000000', ?)", user.userId(), Timestamp.from(Instant.now()));
        return new Account(user.userId(), user.uuid(), user.username(), user.password(), id, "teacher");
    }

    public static Account assistant(Account teacher) {
        Account user = user("assistant", "Assistant " + SEQ.get());
        long id = Db.insert("insert into assistants(user_id, teacher_id, phone, created_at) values (?, ?, '01000000000', ?)",
                user.userId(), teacher.profileId(), Timestamp.from(Instant.now()));
        return new Account(user.userId(), user.uuid(), user.username(), user.password(), id, "assistant");
    }

    public static Account student() {
        return student(grade());
    }

    public static Account student(long grade) {
        Account user = user("student", "Student " + SEQ.get());
        long gov = governorate();
        long area = area(gov);
        Timestamp now = Timestamp.from(Instant.now());
        long id = Db.insert("insert into students(user_id, student_code, name_ar, name_en, phone_number, grade_id, national_id, birth_date, gender, "
                        + "governorate_id, area_id, status, can_access_course, created_at, updated_at, version) "
                        + "values (?, ?, 'طالب', ?, '01012345678', ?, '30001010100000', ?, 'male', ?, ?, 'active', true, ?, ?, 0)",
                user.userId(), "T-" + SEQ.incrementAndGet(), "Student " + SEQ.get(), grade, Date.valueOf(LocalDate.of(2008, 1, 1)), gov, area, now, now);
        return new Account(user.userId(), user.uuid(), user.username(), user.password(), id, "student");
    }

    public static void deactivate(Account account) {
        Db.update("update users set is_active = false where id = ?", account.userId());
    }

    public static String hash(String password) {
        try {
            byte[] saltBytes = new byte[16];
            RANDOM.nextBytes(saltBytes);
            String salt = Base64.getUrlEncoder().withoutPadding().encodeToString(saltBytes);
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(), 1000, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "pbkdf2_sha256$1000$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
