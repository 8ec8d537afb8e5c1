// A small study graph: 四次挥手 and FIN lead to TIME-WAIT, which leads to 端口耗尽; epoll stands alone.
CREATE (:Concept {id: '四次挥手', name: '四次挥手', aliases: ['four-way handshake'], mentionCount: 6}),
       (:Concept {id: 'fin', name: 'FIN', aliases: [], mentionCount: 3}),
       (:Concept {id: 'time-wait', name: 'TIME-WAIT', aliases: ['TIME_WAIT'], mentionCount: 4}),
       (:Concept {id: '端口耗尽', name: '端口耗尽', aliases: [], mentionCount: 1}),
       (:Concept {id: 'epoll', name: 'epoll', aliases: [], mentionCount: 9});
MATCH (a:Concept {id: '四次挥手'}), (t:Concept {id: 'time-wait'}) CREATE (a)-[:PREREQUISITE_OF {confidence: 0.9}]->(t);
MATCH (a:Concept {id: 'fin'}), (t:Concept {id: 'time-wait'}) CREATE (a)-[:PREREQUISITE_OF {confidence: 0.8}]->(t);
MATCH (a:Concept {id: 'time-wait'}), (t:Concept {id: '端口耗尽'}) CREATE (a)-[:PREREQUISITE_OF {confidence: 0.7}]->(t);
MATCH (a:Concept {id: 'epoll'}), (t:Concept {id: 'time-wait'}) CREATE (a)-[:RELATED_TO {weight: 1.0}]->(t);
// A weak prerequisite (document order alone): below the study floor, so it holds nothing back.
MATCH (a:Concept {id: 'epoll'}), (t:Concept {id: 'fin'}) CREATE (a)-[:PREREQUISITE_OF {confidence: 0.3}]->(t);
CREATE (n:Note {id: 'n1', path: 'net/tcp.md', title: 'TCP'})
CREATE (root:Section {id: 'n1-0', noteId: 'n1', order: 0, level: 0, heading: 'TCP', line: 1, endLine: 2, markdown: '# TCP\n'})
CREATE (s:Section {id: 'n1-1', noteId: 'n1', order: 1, level: 2, heading: 'TIME-WAIT', line: 3, endLine: 9,
  markdown: '## TIME-WAIT\n\n主动关闭方进入 **TIME-WAIT**，等待 2MSL。\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'})
CREATE (n)-[:HAS_SECTION]->(root), (n)-[:HAS_SECTION]->(s), (root)-[:HAS_SUBSECTION]->(s);
