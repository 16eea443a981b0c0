<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Gregor</name>
    <message>
        <source>The connection is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as a curl command; set $GREGOR_PASSWORD or $GREGOR_TOKEN to run it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::AboutDialog</name>
    <message>
        <source>About Gregor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for Apache Kafka over REST: Upstash, Confluent REST Proxy v2 and v3, Confluent Cloud, and v1 / IBM Message Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright 2026 The Gregor developers. Gregor is free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;; it comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::AlertsDialog</name>
    <message>
        <source>Alerts and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own thresholds for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a group crosses its threshold or stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total &amp;lag above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to &amp;drain above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total l&amp;ag above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to d&amp;rain above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ApiError</name>
    <message>
        <source> (server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the credentials (HTTP 401): check the user name and password of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this (HTTP 403): use a credential with the right permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this topic, partition or consumer (HTTP 404): refresh the view and check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused because of a conflicting state (HTTP 409): refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the server accepts (HTTP 413): send fewer or smaller records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time: check the connection or raise the timeout of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): try again later; the request log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is rate-limiting requests (HTTP 429): wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1): check the values you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood: check that the connection&apos;s dialect and URL are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: check the URL and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: check the server&apos;s certificate or the connection&apos;s TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s REST dialect cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::BulkFailureLog</name>
    <message>
        <source>Cannot create a temporary file for the failed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no failed records to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the failed records back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::BulkProduceDialog</name>
    <message>
        <source>Bulk produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n record(s) selected in Messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a .jsonl file from Export, or any text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (the envelope Export writes, kcat -J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain lines: one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no keys (like kcat -K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the partitions in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the timestamps in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as fast as the server takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip malformed lines and list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole file first; send nothing if a line is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records may then be in the topic twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count them as unknown and go on; they stay in the failures file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed lines, failed records and the first request of a dry run appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the first request exactly as it would be sent, without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed and unknown records as JSON Lines, to produce again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedded format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per re&amp;quest at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the failed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n failed record(s) to %1; produce that file to send them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a connection and a topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the first request, exactly as it would be sent. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the topic to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent · %2 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The answer to a request of %n record(s) was lost: they may or may not be in the topic. Nothing more is sent until you choose.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A run is going on: cancel it first (its progress so far stays in the topic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::BulkProducer</name>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: producing is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 The file has %3 malformed line(s); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 failed requests in a row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer had no result for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost; it may have landed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the run was cancelled while this was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 record(s) in %2 s (%3 records/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with unknown outcome (look at the topic before sending them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 malformed line(s) skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no records; line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the run was cancelled before its answer was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Capabilities</name>
    <message>
        <source>Upstash Kafka REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluent REST Proxy v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluent REST v1 / IBM Message Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluent REST Proxy v2 + v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluent Cloud (REST v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List consumer groups and assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition leaders and replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce with headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce with timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce to a chosen partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed offsets of a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a consumer instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a partition without a consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON embedded format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a group&apos;s committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag computed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and delete topics, add partitions, edit configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records carry no headers or timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no call that lists consumer groups; enter a group name to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot look up offsets by time; read from an offset instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not report brokers, partition leaders or topic configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot produce records with headers or timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot produce to a chosen partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot report a group&apos;s committed offsets, so lag cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot remove consumer instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only read through a consumer group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only carries binary (base64) keys and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no call that commits offsets; reset them with the Confluent CLI or a Kafka client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only commit what an instance consumed, not chosen offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no call that reads records; connect through a REST Proxy that serves v2, or use a Kafka client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not compute lag: Gregor computes it from committed and end offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot create or delete topics or change their configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::CapabilitySheet</name>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Codec</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more bytes
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Compose</name>
    <message>
        <source>{{env.}} needs a variable name, e.g. {{env.USER}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set ({{env.%1}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} needs two whole numbers, the first not above the second, e.g. {{random.int(1,100)}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{random.choice()}} needs choices, e.g. {{random.choice(a|b|c)}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template variable {{%1}}; the known ones are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;{{&quot; is not closed by &quot;}}&quot; (at character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty {{}} at character %1 names no variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstash sends keys and values as text: there is no embedded format to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstash carries keys, values and headers as text only: bytes that are not UTF-8 cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64; switch it to text or fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the topic to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Remove the headers to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Let the server stamp the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Choose the binary format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstash cannot send a tombstone (a record without a value); write a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 has no name; name it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not JSON: the json embedded format sends the key as JSON (a string needs its quotes), or choose binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not JSON: the json embedded format sends the value as JSON; fix it or choose binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line is longer than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1_encoding&quot; must be &quot;base64&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a string nor null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1_encoding&quot; says base64 but &quot;%1&quot; is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is neither a string nor null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers_encoding&quot; says base64 but header &quot;%1&quot; is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot; must list names and values in pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot; is neither a list nor an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;payload&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;partition&quot; must be a whole number (negative for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ts&quot; must be a whole number of milliseconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name cannot start with a dot or hold / \ or :.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the template %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Composer</name>
    <message>
        <source>The connection is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: producing is turned off. Edit the connection to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered without a result for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown — look at the topic before you send again. The connection was lost after the record was sent; it may have landed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ComposerForm</name>
    <message>
        <source>topic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs a Schema Registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema formats need a Schema Registry, which Gregor does not talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tombstone (no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the JSON on one line (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a file&apos;s bytes as the value; binary files load as base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imestamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes written as base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ partition %1 by Kafka&apos;s default partitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a record value over 16 MiB cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ComposerHistory</name>
    <message>
        <source>The value was larger than 64 KiB and was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not kept: over 64 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tombstone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the history %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ComposerPane</name>
    <message>
        <source>This connection is read-only: producing is turned off. You can still write records, save templates and copy them as curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the record (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact request, variables expanded, without sending (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that sends this record; the secret stays $GREGOR_PASSWORD or $GREGOR_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a template variable into the value; variables are expanded when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk produce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce many records from a JSON Lines or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;newest records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this exchange in the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the value from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key: the server spreads records over the partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key has variables: its partition is known when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact request, variables expanded. Ctrl+Enter sends exactly this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact request. Ctrl+Enter sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not sent: the value is not valid JSON. Fix it, or choose Plain text to send it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables expanded: this is the exact request. Press Ctrl+Enter again to send exactly this, or edit the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the request, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curl command that sends this record is on the clipboard (the secret is $GREGOR_PASSWORD or $GREGOR_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from %1 · partition %2 · offset %3: change the topic to send it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Sent to %1 · partition %2 · offset %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Confluent</name>
    <message>
        <source>Confluent REST v1 and Message Hub only carry binary (base64) keys and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluent REST v1 and v2 cannot produce records with headers or timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A produce request names one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A produce request carries one embedded format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not JSON: the json embedded format sends the key as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not JSON: the json embedded format sends the value as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer ended before it reported this record, so it may or may not have been written: check the topic before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new topic needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs at least one partition and one replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either partition and replica counts or a replica assignment, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each assigned partition needs a number of 0 or more and at least one broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs at least one partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no config change to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every config change needs the config&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not UTF-8 text: send it as binary (base64) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not one JSON value: fix it or send it as text or binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record to produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs a topic to be produced to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One produce request sends records to one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partition number is 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s timestamp is outside the years 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listed more than %L1 items; Gregor stopped following its pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConfluentClient</name>
    <message>
        <source>A produce request needs a record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConfluentSession</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluent REST v1 can only commit what the consumer has read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConfluentV3Client</name>
    <message>
        <source>The server lists no Kafka cluster at %1/clusters; check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConnectionOpener</name>
    <message>
        <source>This build has no local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at the proxy %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was given, so the connection was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConnectionProfile</name>
    <message>
        <source>The profile file is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has an unknown dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; needs an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has an unknown auth kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstash (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConnectionTestWidget</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works. What %1 can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection does not work yet: see the failed step above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConnectionTester</name>
    <message>
        <source>Reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and list topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is not valid: enter it as https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> through the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2%3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s: check the host, the port, the proxy and any firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP: credentials would cross the network unencrypted. Use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP: nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate for %2 valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake failed (%1): check the server&apos;s CA file, the client certificate and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not accepted (%1): add the server&apos;s CA file, or trust this certificate in the TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; 1 topic visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; %1 topics visible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ConnectionView</name>
    <message>
        <source>Read-only connection: producing, committing, deleting consumers and resetting offsets are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This connection sends its credentials over plain HTTP to %1: anyone on the network can read them. Edit the connection to use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::DeleteTopicDialog</name>
    <message>
        <source>Delete topic — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” on “%2” removes it and every record in it, for every consumer. It cannot be undone. Type the topic&apos;s name to go on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot delete topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the server may have deleted it all the same: refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::DialectProbe</name>
    <message>
        <source>No known dialect answered at this URL: check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks %1 (%2 visible).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Dialects</name>
    <message>
        <source>This connection is read-only, so no offsets were committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no offsets to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; has no partition %2: refresh the topic and pick another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::DiffDialog</name>
    <message>
        <source>Compare values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::EncodingDelegate</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything loaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (kcat -J envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::GroupDetails</name>
    <message>
        <source>Select a group to see its partitions, instances and lag over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has nothing committed on any topic: there is no lag to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · consuming %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · producing %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · drains in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not draining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: figures from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the group&apos;s committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected instance from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove consumer instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the instance “%1” from the group “%2” on “%3”? Its partitions go to the group&apos;s other instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::GroupTreeModel</name>
    <message>
        <source>%1 (%2 partitions, %3 without a commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 partitions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic / partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed (next to read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::GroupsModel</name>
    <message>
        <source>Figures from %1; the last refresh failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above its alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n live</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest partition lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::GroupsPane</name>
    <message>
        <source>Add a group by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the selected group (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every group now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the automatic refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the figures are refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above &amp;threshold only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds, notifications and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag as the server computes it (Confluent REST v3): groups, members and client ids come without naming a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n group(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::HeadersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::HighlightButton</name>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color the rows that match a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::HighlightRuleDialog</name>
    <message>
        <source>Highlight rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, a regular expression, or $.level == &quot;ERROR&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown in the row&apos;s tooltip; empty: the rule itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the rows to color contain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::HistoryPanel</name>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (last 1,000 sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topic, key, value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this record into the form (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same record again, as it was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::InstancesModel</name>
    <message>
        <source>nothing assigned (joining?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::JournalModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::JsonCheck</name>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more text after the end of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing comma before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member names need double quotes, not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member names need double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in double quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing colon after the member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u needs four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break inside a string (close it with &quot; or write \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab character inside a string (write \t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+%1 inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after the minus sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers cannot have a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in lowercase: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown word %1 (strings need double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings need double quotes, not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers cannot start with +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers need a digit before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value after the colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value before the comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or } after an object member, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma between array elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] after an array element, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 opened at line %2, column %3 is not closed (missing %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typographic quotes are not JSON quotes (use &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Lag</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures for %1, longer than the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag reached zero in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sample so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag falling, from %1 to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consuming, but lag did not fall (from %1 to %2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committed offset has not moved in %1 while lag grew from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committed offset has not moved in %1 while lag stayed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is falling behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lag is %1 records, above the threshold of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not keeping up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs %1 to drain its lag, more than the threshold of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lag of %1 records is not draining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partition of the group is in the chosen scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::LagChartView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag (records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: lag %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this range yet: they are recorded at every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per topic; select a topic for its partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Main</name>
    <message>
        <source>A desktop console for Apache Kafka over REST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the versions of Gregor, Qt and KF6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every HTTP exchange (gregor.http) to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per second the local sandbox produces (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report startup milestones on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dialog for a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in local sandbox connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::MainWindow</name>
    <message>
        <source>&lt;h2&gt;No connection is open&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to add one, or open the built-in local sandbox from &lt;i&gt;File › Open connection&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Request as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Records or Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read (Send in the Composer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Two Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Produce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Read as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;Tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gregor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-process sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPSTASH_KAFKA_REST_URL holds a user name and password: they are used for this session only and never stored or shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1: removing what it created on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1; %2 consumer instance(s) could not be removed and expire on the server by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing: removing what the connections created on the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::MessagesPane</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the values of the two selected records (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records to JSON Lines or CSV (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… %1 records, %2 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 records: the limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 records, up to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by %1… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by %1… %2% (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted %1 records by %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting cancelled: the previous order stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the read as a curl command; set $GREGOR_PASSWORD or $GREGOR_TOKEN to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 records again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::NewTopicDialog</name>
    <message>
        <source>New topic — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention.ms=604800000
cleanup.policy=compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether it would create this topic, without creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;figs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create the topic “%1” with %n partition(s) on “%2”?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the topic a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic name has at most 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a topic called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config line %1 is not name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config line %1 sets “%2” a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot create topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the server may have created the topic all the same: refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would create “%1” as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::PartitionsDialog</name>
    <message>
        <source>Add partitions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n partition(s). Kafka only adds partitions, never removes them, and a keyed record may go to another partition afterwards, so the order of a key&apos;s records is kept only from then on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New partition count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” %2 partitions instead of %3 on “%4”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot add partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding partitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the server may have added them all the same: refresh the topic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ProfileActions</name>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials typed into the URL of “%1” were moved out of it: the user name to its fields, the password to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregor connections (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; the passwords found in their URLs were moved to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; their secrets are asked when they open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export connections (without secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the connections to %1 (no secrets included).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ProfileDialog</name>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production Upstash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag of this connection&apos;s tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the URL which API it speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (X-Auth-Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available here (on Linux: no Secret Service), so the secret is asked every time and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of a certificate to trust, in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password, kept like the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger answer ends the call with an error instead of filling memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: no produce, commit, delete or offset reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password were moved out of the URL into the fields below: URLs are stored and shown, passwords are kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name, or choose another kind of authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ReadOptionsBar</name>
    <message>
        <source>Pick a topic on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions to read: empty for all, or a list such as 0,2,5-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read records (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading; what arrived stays (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the first request of this read as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a limit the whole topic is loaded: that can be millions of records and much memory. Cancel with Esc at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a topic on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start offset must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::RecordDetailPane</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key, header values and value as base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · partition %2 · offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, shown as base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — showing the first %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — formatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — contains �: the server sent bytes that were not UTF-8 as text, so they are lost; read through Confluent v2 (binary) for the exact bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::RecordExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::RecordReader</name>
    <message>
        <source>The read was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Records</name>
    <message>
        <source>‹null›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹binary, %1 bytes›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field path must start with $, e.g. $.user.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name is missing after the &quot;.&quot; at character %1 of the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted name in [ ] is not closed with &quot;] in the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an index like [0] or a quoted name like [&quot;a.b&quot;] at character %1 of the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index at character %1 of the path is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at character %2 of the path: use .name or [n] steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test after the path: ==, != or contains, e.g. $.user.id == 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown test &quot;%1&quot;: use ==, != or contains, e.g. $.user.id == 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to compare the field with, e.g. $.user.id == 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the header to search in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression is invalid at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a string nor null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1_encoding&quot; must be &quot;base64&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;topic&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;partition&quot; is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;offset&quot; is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ts&quot; is not a whole number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot; must list names and values in pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::RecordsModel</name>
    <message>
        <source>This connection&apos;s records carry no timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes: key %2, value %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection&apos;s records carry no headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of key, value and headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::RequestLogPane</name>
    <message>
        <source>Filter by method, URL, status or error (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected exchange as a curl command; the secret is read from $GREGOR_PASSWORD or $GREGOR_TOKEN (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Retried once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Retried %1 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ResetOffsetsDialog</name>
    <message>
        <source>Reset offsets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all partitions, or e.g. 0, 2-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;earliest offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;latest offset (skip everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a &amp;date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To an o&amp;ffset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole sequence is on the clipboard (the password as $GREGOR_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions are numbers or ranges, e.g. 0, 2-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) would change as shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the committed offsets of %n partition(s) of the group “%1” on the connection “%2”?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reset offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n live instance(s). They keep their positions and will commit over the reset unless they are stopped first. Reset anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reset &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::SearchBar</name>
    <message>
        <source>Search loaded records (Ctrl+F): text, a regular expression, or $.user.id == 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::SecretStore</name>
    <message>
        <source>The system keychain refused (%1): unlock it, or set this connection to ask for the secret every time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailExporter</name>
    <message>
        <source>The export stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailFollower</name>
    <message>
        <source>Scroll to the newest record and follow again (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to newest (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailPane</name>
    <message>
        <source>New tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tail (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (Ctrl+W closes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailPartitionsModel</name>
    <message>
        <source>The next offset the tail reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known once the first record arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records between the position and the end offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailRecordsModel</name>
    <message>
        <source>This connection&apos;s records carry no timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes: key %2, value %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of key, value and headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailSession</name>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the partitions and where to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consuming as %1 in group %2; commits: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when you commit what is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following 1 partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1 partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the member stays in the group; records are held until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the positions are kept; resuming continues from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying since %1: %2 The tail catches up when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailSetupBar</name>
    <message>
        <source>topic, or several: orders, payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions to follow: empty for all, or a list such as 0,2,5-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group: the app keeps the positions; nothing is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a consumer group: the server assigns partitions and keeps positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest N per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s name; empty: a unique one is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the server commit what was fetched; off: only what you commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records the tail keeps; the oldest leave first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume; nothing is lost (Space in the table, Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the buffer; the tail goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit, for the group, the position after every record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tail&apos;s next fetch as a curl command; secrets stay references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the buffer (or the records shown) to JSON Lines or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a full buffer holds with records of %1 bytes, the average so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a full buffer holds with records of about 1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions are numbers or ranges such as 0,2,5-7; “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has partitions 0 to %2; %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one topic to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the consumer group the tail joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group member gets the partitions the server assigns: leave Partitions empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only connection: nothing is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the tail; the records stay (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the tail from the chosen position (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TailView</name>
    <message>
        <source>Show or hide the partitions the tail follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: press Start (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records/s · %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running tail in a consumer group has positions to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: nothing is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit yet: no record has been shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Committed the position after the last record shown of %n partition(s) for group %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The commit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group member is not there any more: start the tail again to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a tail that follows partitions first: the command is its next fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the next fetch as a curl command; set $GREGOR_PASSWORD or $GREGOR_TOKEN to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffer is empty: nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 records again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight records with this key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the buffer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the records shown…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TemplatesMenu</name>
    <message>
        <source>Saved the template “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” loaded; {{seq}} is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the templates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the templates folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TopicActions</name>
    <message>
        <source>&amp;New topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;partitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: edit the connection to allow changing topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a topic (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and change the configs of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” more partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its records (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TopicConfig</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker (dynamic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all brokers (dynamic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker (static)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker logger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TopicConfigDialog</name>
    <message>
        <source>Configuration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: configs can be looked at, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot read topic configs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the configs of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a value with F2 or by typing; Apply sends every change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot change topic configs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n config(s) of “%1” on “%2”?

%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the changes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TopicConfigsModel</name>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let this config be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(back to the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TopicDetailsView</name>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the partitions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Brokers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TopicListModel</name>
    <message>
        <source>%1 — 1 partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 partitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::TopicsSidebar</name>
    <message>
        <source>Filter topics (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the topic list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no topics yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Transport</name>
    <message>
        <source>The server refused the connection: check the URL and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved: check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering: try again; the request log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be used: check the proxy settings of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy rejected the credentials: check the proxy user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it may or may not have been applied: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read (%3): check the TLS settings of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; is not a readable PKCS#12 file, or its passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; cannot be read: check the file and its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; contains no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only, so nothing was sent: edit the connection to allow producing, committing and deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1 MiB or more) is larger than this connection&apos;s limit of %2 MiB: read fewer records at a time, or raise the limit in the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request log kept %1 of %2 body bytes; this command sends only those</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::Upstash</name>
    <message>
        <source>Upstash carries keys, values and headers as text only: this record has bytes that are not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::UpstashClient</name>
    <message>
        <source>The topic &quot;%1&quot; does not exist (any more): refresh the topic list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An explicit offset needs no lookup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gregor::ValueEditor</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>The local sandbox could not start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · partition %2 · offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions are numbers or ranges such as 0,2,5-7; “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic has partitions 0 to %1; %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… %1 more bytes not kept in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregor has not learnt the cluster&apos;s id yet: refresh the topics, then produce again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not draining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
