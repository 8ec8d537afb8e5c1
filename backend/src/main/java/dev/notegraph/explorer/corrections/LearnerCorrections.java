package dev.notegraph.explorer.corrections;

import dev.notegraph.explorer.importing.ImportRequests;
import dev.notegraph.explorer.problem.BadRequestException;
import dev.notegraph.explorer.problem.NotFoundException;
import dev.notegraph.explorer.problem.ProblemException;
import dev.notegraph.explorer.problem.ProblemTypes;
import dev.notegraph.importer.corrections.Correction;
import dev.notegraph.importer.corrections.CorrectionStore;
import dev.notegraph.importer.corrections.CorrectionsFile;
import dev.notegraph.importer.corrections.CorrectionsReport;
import dev.notegraph.importer.corrections.CorrectionsUnreadableException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The learner's corrections as the API shows them: read from and written to the corrections file, each write
 * followed by an import so the graph shows it within seconds. Concepts are stored by name (ids derive from
 * names, and every import finds a name again by id, name or alias).
 */
@Component
final class LearnerCorrections {

    private final CorrectionStore store;
    private final ConceptNames names;
    private final ImportRequests imports;

    LearnerCorrections(CorrectionStore store, ConceptNames names, ImportRequests imports) {
        this.store = store;
        this.names = names;
        this.imports = imports;
    }

    /** Every usable correction in file order; one the last import could not apply says which names it missed. */
    List<Map<String, Object>> list() {
        var file = readable();
        var unresolved = new LinkedHashMap<String, List<String>>();
        imports.lastCorrections().stream()
                .flatMap(r -> r.unresolved().stream())
                .forEach(u -> unresolved.put(u.id(), u.missing()));
        var out = new ArrayList<Map<String, Object>>();
        for (var correction : file.corrections()) {
            var shown = correction.asMap();
            if (unresolved.containsKey(correction.id())) {
                shown.put("missing", unresolved.get(correction.id()));
            }
            out.add(shown);
        }
        return out;
    }

    /** Stores the correction (the same one twice is one) and starts an import that applies it. */
    Map<String, Object> add(CorrectionRequest request) {
        var stored = new ArrayList<String>();
        for (var ref : request.concepts()) {
            stored.add(
                    names.nameOf(ref).orElseThrow(() -> new BadRequestException("No concept with id '" + ref + "'")));
        }
        if (stored.size() == 2 && stored.get(0).equals(stored.get(1))) {
            throw new BadRequestException(request.kind().label() + " needs two different concepts.");
        }
        var correction = write(() -> store.add(Correction.of(request.kind(), stored, Instant.now())));
        imports.importSoon("request");
        return correction.asMap();
    }

    /** Takes a correction back and starts an import that undoes it. */
    void remove(String id) {
        if (!write(() -> store.remove(id))) {
            throw new NotFoundException("No correction with id '" + id + "'");
        }
        imports.importSoon("request");
    }

    /** The file's state for the health details: where it is and what the last import made of it. */
    CorrectionsReport report() {
        var file = store.load();
        return imports.lastCorrections()
                .filter(r -> r.error().equals(file.error()))
                .orElseGet(() -> CorrectionsReport.of(file, 0, List.of()));
    }

    private CorrectionsFile readable() {
        var file = store.load();
        if (file.error().isPresent()) {
            throw unreadable(file.path() + " does not parse (" + file.error().get() + "); fix it by hand.");
        }
        return file;
    }

    private static <T> T write(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (CorrectionsUnreadableException e) {
            throw unreadable(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ProblemException(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    ProblemTypes.INTERNAL,
                    "Correction not saved",
                    "The corrections file could not be written: " + e.getCause().getMessage());
        }
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(
                HttpStatus.CONFLICT, ProblemTypes.CORRECTIONS_UNREADABLE, "Corrections file unreadable", detail);
    }
}
