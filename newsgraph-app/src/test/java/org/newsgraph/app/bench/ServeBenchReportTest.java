package org.newsgraph.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServeBenchReportTest {

    private static ServeClients.Request api(long millis, int status, boolean redirected) {
        return new ServeClients.Request(ServeClients.Route.EVENT_API, millis * 1_000_000, status == 200 ? null
                : "status " + status + " on /api/v1/events/v9.9", status, redirected);
    }

    @Test
    void aBookmarkAnsweredThroughARedirectIsAnsweredAndAnIdNotFoundIsCountedApart() {
        List<ServeClients.Request> requests = List.of(api(10, 200, false), api(30, 200, true), api(20, 404, false),
                new ServeClients.Request(ServeClients.Route.SEARCH, 5_000_000, null, 200, false),
                new ServeClients.Request(ServeClients.Route.EVENT_PAGE, 7_000_000, null, 200, true));

        ServeBenchReport report = new ServeBenchReport(100, 5, 1, 1, 2, 3, ServeBenchReport.figures(requests),
                new ServeBenchReport.Added(0, 3, 3, 0, null, Double.NaN));

        ServeBenchReport.Route events = report.routes().get(2);
        assertThat(events.label()).isEqualTo("event API");
        assertThat(events.requests()).isEqualTo(3);
        assertThat(events.failed()).isEqualTo(1);
        assertThat(events.notFound()).isEqualTo(1);
        assertThat(events.redirected()).isEqualTo(1);
        assertThat(events.p50()).isEqualTo(20.0);
        assertThat(report.everyAnswered()).isFalse();
        assertThat(report.render()).contains("3 requests  1 failed  p50 20.0 ms  p95 30.0 ms  p99 30.0 ms  max 30.0 ms"
                + "  1 not found  1 redirected")
                .contains("serve: bookmarked event ids: 2 answered through a redirect to the event that took their "
                        + "reports, 1 not found");
    }
}
