// Full-text search over concept names and aliases. The cjk analyzer indexes character bigrams,
// so Chinese words match without a segmenter; single characters are served by term_key_text.
CREATE FULLTEXT INDEX concept_names IF NOT EXISTS
FOR (c:Concept) ON EACH [c.name, c.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// CONTAINS on normalised names and aliases (single CJK characters, infixes such as "wait").
CREATE TEXT INDEX term_key_text IF NOT EXISTS FOR (t:Term) ON (t.key);
// Sections are found by their note when a note's facts are replaced.
CREATE INDEX section_note IF NOT EXISTS FOR (s:Section) ON (s.noteId);
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
