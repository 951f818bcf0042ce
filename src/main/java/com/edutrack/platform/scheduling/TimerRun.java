package com.edutrack.platform.scheduling;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One scheduled run of a persistent timer, on one server (see {@link TimerRuns}). */
@Entity
@Table(name = "timer_runs")
public class TimerRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 100)
    private String timer;
    @Column(nullable = false, length = 200)
    private String server;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;
    @Column(nullable = false, length = 20)
    private String outcome;

    protected TimerRun() {
    }

    TimerRun(String timer, String server, Instant startedAt, Instant finishedAt, boolean ok) {
        this.timer = timer;
        this.server = server;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = ok ? "ok" : "failed";
    }
}
