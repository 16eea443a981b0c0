// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the official @upstash/kafka SDK against a gregor-sandbox executable, unchanged.
//   node sdk_test.mjs <gregor-sandbox> <npm prefix holding @upstash/kafka>
// Exit 0 = all good, 1 = a check failed (the message says which).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";

const [sandboxExe, prefix] = process.argv.slice(2);
const require = createRequire(join(prefix, "package.json"));
const { Kafka } = require("@upstash/kafka");

const sandbox = spawn(sandboxExe, ["--port", "0", "--basic", "u:p", "--topic", "sdk-a:3", "--topic", "sdk-b:1"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const firstLine = await new Promise((resolve, reject) => {
  sandbox.once("exit", (code) => reject(new Error(`sandbox exited early (${code})`)));
  createInterface({ input: sandbox.stdout }).once("line", resolve);
});
const match = /^listening on (http:\/\/\S+)$/.exec(firstLine);
assert.ok(match, `unexpected first line: ${firstLine}`);
const url = match[1];

const step = (name) => console.log(`- ${name}`);
try {
  const kafka = new Kafka({ url, username: "u", password: "p" });
  const producer = kafka.producer();
  const consumer = kafka.consumer();
  const admin = kafka.admin();

  step("produce");
  const produced = await producer.produce("sdk-a", "hello from the SDK", {
    key: "k1",
    headers: [{ key: "trace", value: "85a9f12" }],
  });
  assert.equal(produced.topic, "sdk-a");
  assert.equal(typeof produced.partition, "number");
  assert.equal(typeof produced.offset, "number");
  assert.ok(produced.timestamp > 1.6e12);

  step("produceMany");
  const many = await producer.produceMany([
    { topic: "sdk-a", value: "second", partition: produced.partition },
    { topic: "sdk-b", value: JSON.stringify({ n: 1 }) },
  ]);
  assert.equal(many.length, 2);
  assert.equal(many[0].offset, produced.offset + 1);
  assert.equal(many[1].topic, "sdk-b");

  step("fetch");
  const fetched = await consumer.fetch({ topic: "sdk-a", partition: produced.partition, offset: produced.offset, timeout: 1000 });
  assert.equal(fetched.length, 2);
  assert.equal(fetched[0].value, "hello from the SDK");
  assert.equal(fetched[0].key, "k1");
  assert.deepEqual(fetched[0].headers, [{ key: "trace", value: "85a9f12" }]);
  const spread = await consumer.fetch({
    topicPartitionOffsets: [
      { topic: "sdk-b", partition: 0, offset: 0 },
      { topic: "sdk-a", partition: produced.partition, offset: produced.offset + 1 },
    ],
    timeout: 500,
  });
  assert.deepEqual(spread.map((m) => m.value).sort(), ["second", '{"n":1}'].sort());

  step("consume with earliest reset until the record shows");
  let seen = null;
  for (let i = 0; i < 30 && !seen; ++i) {
    const messages = await consumer.consume({
      consumerGroupId: "sdk-group",
      instanceId: "sdk-instance",
      topics: ["sdk-a"],
      autoOffsetReset: "earliest",
      autoCommit: false,
      timeout: 3000,
    });
    seen = messages.find((m) => m.value === "hello from the SDK") ?? null;
  }
  assert.ok(seen, "the produced record never arrived");
  assert.equal(seen.offset, produced.offset);

  step("commit and committed");
  await consumer.commit({
    consumerGroupId: "sdk-group",
    instanceId: "sdk-instance",
    offset: { topic: "sdk-a", partition: produced.partition, offset: produced.offset },
  });
  const committed = await consumer.committed({
    consumerGroupId: "sdk-group",
    instanceId: "sdk-instance",
    topicPartitions: [{ topic: "sdk-a", partition: produced.partition }],
  });
  assert.deepEqual(committed, [{ topic: "sdk-a", partition: produced.partition, offset: produced.offset }]); // as sent
  await consumer.commit({ consumerGroupId: "sdk-group", instanceId: "sdk-instance" }); // the last consumed
  const afterAll = await admin.committedOffsets({
    consumerGroupId: "sdk-group",
    instanceId: "sdk-instance",
    topicPartitions: [{ topic: "sdk-a", partition: produced.partition }, { topic: "sdk-b", partition: 0 }],
  });
  assert.equal(afterAll.length, 2);
  assert.equal(afterAll[0].offset, produced.offset + 2);
  assert.equal(afterAll[1].offset, -1);

  step("topics");
  assert.deepEqual(await admin.topics(), { "sdk-a": 3, "sdk-b": 1 });

  step("consumers");
  const groups = await admin.consumers();
  const group = groups.find((g) => g.name === "sdk-group");
  assert.ok(group, "the group is listed");
  const instance = group.instances.find((i) => i.name === "sdk-instance");
  assert.deepEqual(instance.topics, [{ topic: "sdk-a", partitions: [0, 1, 2] }]);

  step("topicPartitionOffsets");
  const offsets = await admin.topicPartitionOffsets({
    timestamp: Math.floor(Date.now() / 1000), // seconds, as the SDK's own tests pass them
    topicPartitions: [{ topic: "sdk-a", partition: produced.partition }, { topic: "sdk-b", partition: 0 }],
  });
  assert.equal(offsets.length, 2);
  for (const o of offsets) assert.equal(typeof o.offset, "number");

  step("removeConsumerInstance");
  await admin.removeConsumerInstance("sdk-group", "sdk-instance");
  assert.equal((await admin.consumers()).find((g) => g.name === "sdk-group"), undefined);

  console.log("all SDK calls behaved");
} finally {
  sandbox.kill("SIGTERM");
}
