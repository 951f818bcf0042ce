package com.edutrack.incontainer;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

/** Test-only EJB of the deployment: every timer of the module, as the EJB container holds them. */
@Singleton
public class TimerProbe {
    @Resource
    TimerService timers;

    public record Seen(String info, boolean persistent, boolean calendar, String schedule) {
    }

    public List<Seen> all() {
        return timers.getAllTimers().stream().map(TimerProbe::seen).toList();
    }

    private static Seen seen(Timer t) {
        return new Seen(String.valueOf(t.getInfo()), t.isPersistent(), t.isCalendarTimer(),
                t.isCalendarTimer() ? t.getSchedule().getMinute() + " " + t.getSchedule().getHour() : "");
    }
}
