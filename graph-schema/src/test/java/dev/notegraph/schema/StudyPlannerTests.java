package dev.notegraph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.schema.StudyPlanner.Prerequisite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudyPlannerTests {

    @Test
    void shouldTakeStrongChainsBeforeWeakOnesWithinTheStepLimit() {
        var planner = new StudyPlanner(List.of(
                edge("strong", "t", 0.9),
                edge("weak", "t", 0.5),
                edge("root", "strong", 0.9),
                edge("far", "weak", 0.5)));
        assertThat(planner.select("t", Set.of(), 4, 3)).containsExactly("t", "strong", "root");
        assertThat(planner.select("t", Set.of(), 4, 10))
                .containsExactlyInAnyOrder("t", "strong", "root", "weak", "far");
    }

    @Test
    void shouldStopAtTheDepthLimitAndFollowOnlyTheStrongestFewPrerequisites() {
        var chain = List.of(edge("a", "t", 0.9), edge("b", "a", 0.9), edge("c", "b", 0.9));
        assertThat(new StudyPlanner(chain).select("t", Set.of(), 2, 10)).containsExactly("t", "a", "b");
        var wide = new ArrayList<Prerequisite>();
        for (int i = 0; i < StudyPlanner.FAN_IN + 3; i++) {
            wide.add(edge("p" + i, "t", 0.9 - i * 0.05));
        }
        assertThat(new StudyPlanner(wide).select("t", Set.of(), 4, 50))
                .hasSize(StudyPlanner.FAN_IN + 1)
                .contains("p0")
                .doesNotContain("p" + (StudyPlanner.FAN_IN + 2));
    }

    @Test
    void shouldLeaveOutKnownConceptsAndWhatOnlyTheyNeed() {
        var planner = new StudyPlanner(List.of(
                edge("known", "t", 0.9),
                edge("onlyKnown", "known", 0.9),
                edge("both", "known", 0.8),
                edge("both", "t", 0.6)));
        assertThat(planner.select("t", Set.of("known"), 4, 10)).containsExactlyInAnyOrder("t", "both");
    }

    @Test
    void shouldFollowLongerChainsOnlyWhereANoteAboutTheTargetStatesThem() {
        var planner = new StudyPlanner(List.of(
                new Prerequisite("a", "t", 0.9, Set.of("t.md")),
                new Prerequisite("direct", "t", 0.8, Set.of("other.md")),
                new Prerequisite("b", "a", 0.9, Set.of("t.md", "other.md")),
                new Prerequisite("elsewhere", "a", 0.9, Set.of("other.md")),
                Prerequisite.of("learners", "a", 0.9, List.of(StudyPlanner.LEARNER), Set.of("other.md"))));
        assertThat(planner.select("t", Set.of(), Set.of("t.md"), 4, 10))
                .containsExactlyInAnyOrder("t", "a", "direct", "b", "learners");
        assertThat(planner.select("t", Set.of(), 4, 10)).contains("elsewhere");
    }

    private static Prerequisite edge(String from, String to, double confidence) {
        return new Prerequisite(from, to, confidence);
    }
}
