package dev.notegraph.explorer.notes;

import dev.notegraph.explorer.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The note section behind a mention, rendered, for the concept page's reading pane. */
@RestController
@RequestMapping("/api/sections")
final class SectionController {

    private final SectionReader sections;

    SectionController(SectionReader sections) {
        this.sections = sections;
    }

    @GetMapping("/{id}")
    SectionView byId(@PathVariable String id) {
        return sections.byId(id).orElseThrow(() -> notFound("No section " + id));
    }

    /** Mentions name a note and a line, not a section id, so the reader can also look a section up by line. */
    @GetMapping
    SectionView atLine(@RequestParam String note, @RequestParam int line) {
        return sections.atLine(note, line).orElseThrow(() -> notFound("No section of " + note + " at line " + line));
    }

    private static NotFoundException notFound(String detail) {
        return new NotFoundException(detail);
    }
}
