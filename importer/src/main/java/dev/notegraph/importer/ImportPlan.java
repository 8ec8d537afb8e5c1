package dev.notegraph.importer;

import dev.notegraph.importer.source.NoteFiles;
import dev.notegraph.importer.source.NoteProblem;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.importer.write.StoredNote;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the folder changed compared with the graph.
 *
 * @param stored the stored notes by path
 * @param changed readable notes that are new or whose bytes differ from the stored ones
 * @param gone stored notes whose file is no longer in the folder
 * @param redo analyse and write even if no file changed (forced, or a previous import did not finish)
 */
record ImportPlan(Map<String, StoredNote> stored, List<String> changed, List<String> gone, boolean redo) {

    static ImportPlan of(NoteFiles files, List<StoredNote> storedNotes, boolean redo) {
        var stored = storedNotes.stream().collect(Collectors.toMap(StoredNote::path, Function.identity()));
        var changed = files.sources().stream()
                .filter(s -> !stored.containsKey(s.path())
                        || !stored.get(s.path()).sha256().equals(s.sha256()))
                .map(NoteSource::path)
                .toList();
        var readable = files.sources().stream().map(NoteSource::path).collect(Collectors.toSet());
        var gone = stored.keySet().stream()
                .filter(path -> !readable.contains(path) && !failed(path, files))
                .sorted()
                .toList();
        return new ImportPlan(stored, changed, gone, redo);
    }

    boolean nothingToDo() {
        return !redo && changed.isEmpty() && gone.isEmpty();
    }

    /** Whether the stored facts of a note differ from the given digest of its new facts. */
    boolean differs(String path, String factsHash) {
        var note = stored.get(path);
        return note == null || !note.factsHash().equals(factsHash);
    }

    // A file, or a folder that could not be listed, that failed to read still counts as present:
    // its notes keep their previous facts rather than being deleted.
    private static boolean failed(String path, NoteFiles files) {
        return files.problems().stream().map(NoteProblem::path).anyMatch(p -> covers(p, path));
    }

    private static boolean covers(String problemPath, String notePath) {
        return problemPath.equals(notePath) || problemPath.isEmpty() || notePath.startsWith(problemPath + "/");
    }
}
