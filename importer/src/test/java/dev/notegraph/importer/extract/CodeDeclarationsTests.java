package dev.notegraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.parse.CodeBlock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeDeclarationsTests {

    private static final String JAVA =
            """
            public class StaticVariableExample {
                public static int staticVar = 0;
                private final Enhancer enhancer = new Enhancer();
                protected Class<?> loadClass(String name, boolean resolve) {
                    System.out.println(x.getClass()); // class java.lang.Integer
                    return null;
                }
            }
            """;
    private static final String PYTHON =
            """
            @dataclass
            class Point:
                internal_id: int = field(compare=False)

                def __init__(self, x):
                    self.cache = x  # class Hidden

            cheapest_item = min(items)
            """;

    private static final Set<String> DECLARED =
            CodeDeclarations.of(List.of(new CodeBlock(1, "java", JAVA), new CodeBlock(20, "python", PYTHON)));

    @Test
    void shouldFindTheNamesAnExampleDeclares() {
        assertThat(DECLARED)
                .contains("StaticVariableExample", "staticVar", "enhancer", "loadClass")
                .contains("Point", "internal_id", "cache", "cheapest_item");
    }

    @Test
    void shouldNotTakeCommentsCallsOrTheLanguagesOwnNamesForDeclarations() {
        assertThat(DECLARED).doesNotContain("java", "Hidden", "__init__", "Enhancer", "println", "min");
    }

    @Test
    void shouldCountAMemberOfADeclaredNameButNotAPackagesType() {
        assertThat(CodeDeclarations.declares(DECLARED, "StaticVariableExample.staticVar"))
                .isTrue();
        assertThat(CodeDeclarations.declares(DECLARED, "Enhancer")).isFalse();
        assertThat(CodeDeclarations.declares(Set.of("java"), "java.util.Collection"))
                .isFalse();
    }
}
