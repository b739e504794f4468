// Proves the local Bedrock faithful: the official AWS SDK for JavaScript v3 client talks to it
// for every operation and family, and sees its errors as the modeled exceptions.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const {
  BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} = require('@aws-sdk/client-bedrock-runtime');
const { NodeHttpHandler } = require('@smithy/node-http-handler');
const { createServer, ACCESS_KEY, SECRET_KEY } = require('../server.js');

let server;
let endpoint;

test.before(async () => {
  server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${server.address().port}`;
});

test.after(() => { server.closeAllConnections(); server.close(); });

function client(options = {}) {
  return new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY, ...(options.credentials || {}) },
    requestHandler: new NodeHttpHandler(),
    maxAttempts: options.maxAttempts || 1,
  });
}

const utf8 = (bytes) => Buffer.from(bytes).toString('utf8');

const FAMILIES = [
  ['anthropic', 'anthropic.claude-3-haiku-20240307-v1:0', { anthropic_version: 'bedrock-2023-05-31', max_tokens: 50, messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] }],
  ['nova', 'us.amazon.nova-micro-v1:0', { messages: [{ role: 'user', content: [{ text: 'hi' }] }], inferenceConfig: { maxTokens: 50 } }],
  ['titan', 'amazon.titan-text-express-v1', { inputText: 'hi', textGenerationConfig: { maxTokenCount: 50 } }],
  ['llama', 'meta.llama3-8b-instruct-v1:0', { prompt: 'hi', max_gen_len: 50 }],
  ['deepseek', 'us.deepseek.r1-v1:0', { prompt: 'hi', max_gen_len: 50 }],
  ['mistral', 'mistral.mistral-7b-instruct-v0:2', { prompt: '<s>[INST] hi [/INST]', max_tokens: 50 }],
  ['cohere', 'cohere.command-text-v14', { prompt: 'hi', max_tokens: 50 }],
  ['ai21', 'ai21.j2-ultra-v1', { prompt: 'hi', maxTokens: 50 }],
  ['qwen', 'qwen.qwen3-32b-v1:0', { prompt: '<|im_start|>user\nhi<|im_end|>\n', max_gen_len: 50 }],
  ['openai', 'openai.gpt-oss-20b-1:0', { model: 'openai.gpt-oss-20b-1:0', messages: [{ role: 'user', content: 'hi' }], max_tokens: 50 }],
  ['pegasus', 'twelvelabs.pegasus-1-2-v1:0', { inputPrompt: 'hi', maxOutputTokens: 50 }],
];

test('Converse round trip through the SDK', async () => {
  const out = await client().send(new ConverseCommand({ modelId: 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', messages: [{ role: 'user', content: [{ text: 'Say hello' }] }], inferenceConfig: { maxTokens: 10 } }));
  assert.equal(out.output.message.content[0].text, 'Hello from anthropic!');
  assert.equal(out.stopReason, 'end_turn');
  assert.equal(out.usage.inputTokens, 2);
  assert.equal(out.usage.outputTokens, 3);
  assert.equal(out.metrics.latencyMs, 42);
});

test('ConverseStream through the SDK', async () => {
  const out = await client().send(new ConverseStreamCommand({ modelId: 'eu.amazon.nova-pro-v1:0', messages: [{ role: 'user', content: [{ text: 'x' }] }] }));
  let text = '';
  let stop;
  let usage;
  for await (const event of out.stream) {
    if (event.contentBlockDelta) text += event.contentBlockDelta.delta.text;
    if (event.messageStop) stop = event.messageStop.stopReason;
    if (event.metadata) usage = event.metadata.usage;
  }
  assert.equal(text, 'Hello from nova!');
  assert.equal(stop, 'end_turn');
  assert.equal(usage.outputTokens, 3);
});

for (const [family, modelId, body] of FAMILIES) {
  test(`InvokeModel ${family}`, async () => {
    const out = await client().send(new InvokeModelCommand({ modelId, body: JSON.stringify(body), contentType: 'application/json', accept: 'application/json' }));
    const json = JSON.parse(utf8(out.body));
    assert.ok(JSON.stringify(json).includes(`Hello from ${family}!`), JSON.stringify(json));
  });

  test(`InvokeModelWithResponseStream ${family}`, async () => {
    if (family === 'ai21') {
      await assert.rejects(client().send(new InvokeModelWithResponseStreamCommand({ modelId, body: JSON.stringify(body) })), (e) => e.name === 'ValidationException');
      return;
    }
    const out = await client().send(new InvokeModelWithResponseStreamCommand({ modelId, body: JSON.stringify(body), contentType: 'application/json' }));
    const chunks = [];
    for await (const event of out.body) {
      assert.ok(event.chunk, JSON.stringify(event));
      chunks.push(JSON.parse(utf8(event.chunk.bytes)));
    }
    assert.ok(chunks.length >= 2);
    assert.ok(chunks[chunks.length - 1]['amazon-bedrock-invocationMetrics']);
  });
}

test('a wrong secret is InvalidSignatureException (403)', async () => {
  await assert.rejects(
    client({ credentials: { secretAccessKey: 'wrong' } }).send(new ConverseCommand({ modelId: 'meta.llama3-8b-instruct-v1:0', messages: [{ role: 'user', content: [{ text: 'x' }] }] })),
    (e) => e.name === 'InvalidSignatureException' && e.$metadata.httpStatusCode === 403,
  );
});

test('an unknown key is UnrecognizedClientException', async () => {
  await assert.rejects(
    client({ credentials: { accessKeyId: 'AKIDOTHER' } }).send(new ConverseCommand({ modelId: 'meta.llama3-8b-instruct-v1:0', messages: [{ role: 'user', content: [{ text: 'x' }] }] })),
    (e) => e.name === 'UnrecognizedClientException',
  );
});

for (const [type, status] of [['ThrottlingException', 429], ['ServiceQuotaExceededException', 400], ['AccessDeniedException', 403], ['ModelNotReadyException', 429], ['ModelTimeoutException', 408], ['ModelErrorException', 424], ['InternalServerException', 500], ['ServiceUnavailableException', 503], ['ResourceNotFoundException', 404], ['ValidationException', 400]]) {
  test(`injected ${type} reaches the SDK as ${type} ${status}`, async () => {
    await assert.rejects(
      client().send(new ConverseCommand({ modelId: 'meta.llama3-8b-instruct-v1:0', messages: [{ role: 'user', content: [{ text: `[[error:${type}]]` }] }] })),
      (e) => e.name === type && e.$metadata.httpStatusCode === status,
    );
  });
}

test('on-demand model without a profile is the ValidationException Bedrock gives', async () => {
  await assert.rejects(
    client().send(new ConverseCommand({ modelId: 'amazon.nova-micro-v1:0', messages: [{ role: 'user', content: [{ text: 'x' }] }] })),
    (e) => e.name === 'ValidationException' && /on-demand throughput isn't supported/.test(e.message),
  );
});

test('the SDK retries throttling and then succeeds', async () => {
  const out = await client({ maxAttempts: 3 }).send(new ConverseCommand({ modelId: 'meta.llama3-8b-instruct-v1:0', messages: [{ role: 'user', content: [{ text: '[[fail:2:ThrottlingException:sdk-retry]]' }] }] }));
  assert.equal(out.$metadata.attempts, 3);
});

test('a mid-stream exception surfaces as the modeled exception', async () => {
  const out = await client().send(new ConverseStreamCommand({ modelId: 'meta.llama3-8b-instruct-v1:0', messages: [{ role: 'user', content: [{ text: '[[midstream:throttlingException]]' }] }] }));
  await assert.rejects(async () => { for await (const _ of out.stream) { /* drain */ } }, (e) => e.name === 'ThrottlingException');
});

test('a corrupt frame fails the SDK decoder', async () => {
  const out = await client().send(new ConverseStreamCommand({ modelId: 'meta.llama3-8b-instruct-v1:0', messages: [{ role: 'user', content: [{ text: '[[corrupt]]' }] }] }));
  await assert.rejects(async () => { for await (const _ of out.stream) { /* drain */ } }, /checksum|CRC/i);
});
