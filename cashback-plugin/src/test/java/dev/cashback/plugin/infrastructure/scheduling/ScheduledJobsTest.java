package dev.cashback.plugin.infrastructure.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduledJobsTest {

  /** Timers asked for: name, first expiry and interval in milliseconds, persistent. */
  private final List<String> timers = new ArrayList<>();

  @Test
  void eachJobGetsANonPersistentIntervalTimerOfItsOwn() {
    scheduled(
        job("cashback-confirm", Duration.ofSeconds(30), () -> {}),
        job("cashback-mail", Duration.ofMillis(1500), () -> {}));

    assertThat(timers)
        .containsExactly("cashback-confirm 30000/30000 false", "cashback-mail 1500/1500 false");
  }

  @Test
  void twoJobsOfOneNameAreRefused() {
    assertThatThrownBy(
            () ->
                scheduled(
                    job("cashback-mail", Duration.ofSeconds(1), () -> {}),
                    job("cashback-mail", Duration.ofSeconds(2), () -> {})))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cashback-mail");
  }

  @Test
  void aTimerRunsItsOwnJob_aFailedRunIsLeftToTheNext() {
    AtomicInteger confirms = new AtomicInteger();
    AtomicInteger mails = new AtomicInteger();
    ScheduledJobs jobs =
        scheduled(
            job("cashback-confirm", Duration.ofSeconds(1), confirms::incrementAndGet),
            job(
                "cashback-mail",
                Duration.ofSeconds(1),
                () -> {
                  mails.incrementAndGet();
                  throw new IllegalStateException("SMTP down");
                }));

    jobs.run(timer("cashback-mail"));
    jobs.run(timer("cashback-mail"));
    jobs.run(timer("cashback-confirm"));
    jobs.run(timer("no-such-job"));

    assertThat(mails).hasValue(2);
    assertThat(confirms).hasValue(1);
  }

  @Test
  void aJobStillRunningSkipsItsNextTurn_otherJobsRunBeside_it() {
    AtomicInteger confirms = new AtomicInteger();
    AtomicInteger mails = new AtomicInteger();
    ScheduledJobs[] jobs = new ScheduledJobs[1];
    jobs[0] =
        scheduled(
            job(
                "cashback-confirm",
                Duration.ofSeconds(1),
                () -> {
                  confirms.incrementAndGet();
                  // while this run goes on, its timer fires again, and so does another job's
                  jobs[0].run(timer("cashback-confirm"));
                  jobs[0].run(timer("cashback-mail"));
                }),
            job("cashback-mail", Duration.ofSeconds(1), mails::incrementAndGet));

    jobs[0].run(timer("cashback-confirm"));
    jobs[0].run(timer("cashback-confirm"));

    assertThat(confirms).hasValue(2);
    assertThat(mails).hasValue(2);
  }

  private ScheduledJobs scheduled(ScheduledJob... list) {
    ScheduledJobs jobs = new ScheduledJobs();
    jobs.timers =
        (TimerService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TimerService.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("createIntervalTimer")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  TimerConfig config = (TimerConfig) args[2];
                  timers.add(
                      config.getInfo()
                          + " "
                          + args[0]
                          + "/"
                          + args[1]
                          + " "
                          + config.isPersistent());
                  return null;
                });
    @SuppressWarnings("unchecked")
    Instance<ScheduledJob> instance =
        (Instance<ScheduledJob>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Instance.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("iterator")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  return List.of(list).iterator();
                });
    jobs.jobs = instance;
    jobs.schedule();
    return jobs;
  }

  private static ScheduledJob job(String name, Duration interval, Runnable work) {
    return new ScheduledJob() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Duration interval() {
        return interval;
      }

      @Override
      public void run() {
        work.run();
      }
    };
  }

  private static Timer timer(String name) {
    return (Timer)
        Proxy.newProxyInstance(
            ScheduledJobsTest.class.getClassLoader(),
            new Class<?>[] {Timer.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getInfo")) {
                throw new UnsupportedOperationException(method.getName());
              }
              return name;
            });
  }
}
