package com.edutrack.accounts;

import java.util.UUID;

import com.edutrack.platform.persistence.Timestamped;
import com.edutrack.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One login of any role. The integer id serves the school API, the UUID the tutoring service. */
@Entity
@Table(name = "users")
public class User extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, updatable = false)
    private UUID uuid = UUID.randomUUID();
    @Column(nullable = false, unique = true, length = 150)
    private String username;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @Convert(converter = RoleConverter.class)
    @Column(nullable = false, length = 20)
    private Role role;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 254, unique = true)
    private String gmail;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;
    @Version // the older column name, so not Versioned's record_version
    private long version;

    protected User() {
    }

    public User(String username, String passwordHash, Role role, String name, String gmail) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.name = name;
        this.gmail = gmail;
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return uuid;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGmail() {
        return gmail;
    }

    public void setGmail(String gmail) {
        this.gmail = gmail;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
