// Topics are listed and opened by the topic id each concept carries.
CREATE INDEX concept_topic IF NOT EXISTS FOR (c:Concept) ON (c.topic);
