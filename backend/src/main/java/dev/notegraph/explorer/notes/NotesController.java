package dev.notegraph.explorer.notes;

import dev.notegraph.explorer.concept.Ids;
import dev.notegraph.explorer.problem.NotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The imported notes, and one note section by section. */
@RestController
final class NotesController {

    private final Notes notes;

    NotesController(Notes notes) {
        this.notes = notes;
    }

    @GetMapping("/api/notes")
    List<NoteSummary> all() {
        return notes.all();
    }

    @GetMapping("/api/notes/{id}")
    NoteDetail one(@PathVariable String id) {
        var wanted = Ids.require("id", id);
        return notes.find(wanted).orElseThrow(() -> new NotFoundException("No note with id '" + wanted + "'"));
    }
}
