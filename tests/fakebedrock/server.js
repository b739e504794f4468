#!/usr/bin/env node
// A local Bedrock Runtime for the tests: listens on 127.0.0.1 only, verifies every request's
// SigV4 signature with the AWS SDK's own @smithy/signature-v4, encodes streams with
// @smithy/eventstream-codec, and serves Converse, ConverseStream, InvokeModel and
// InvokeModelWithResponseStream for every provider family the console knows.
//
// Usage: node server.js [--port N] [--port-file FILE] [--fault MARKERS]
//   Prints "PORT=<n>" on stdout once listening (port 0 picks a free port) and writes the
//   number to FILE when given.
//
// Credentials it accepts (test keys, never real ones):
//   access key AKIDEXAMPLE, secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY (any session token)
//   or "Authorization: Bearer bedrock-api-key-test".
//
// Fault injection, by a marker anywhere in the request body (prompts carry them through every
// body format) or in the `x-fake-fault` header:
//   [[error:Type]] / [[error:Type:message]]   respond with that modeled error (status from the model)
//   [[fail:N:Type:key]]     the first N requests carrying this key fail with Type, then succeed
//   [[retry-after:S]]       add Retry-After: S to an error response
//   [[delay:MS]]            wait MS before answering (headers included)
//   [[stall]]               streams: send the first frame, then nothing until the client leaves
//   [[reset]]               destroy the socket without answering
//   [[truncate]]            streams: end the body in the middle of a frame
//   [[corrupt]]             streams: flip one payload byte of the second frame (bad message CRC)
//   [[midstream:type]]      streams: after the first text delta, send exception `type`
//                           (e.g. throttlingException, modelStreamErrorException) and end
//   [[reply:TEXT]]          answer with TEXT instead of the default reply
//   [[fail:N:STATUS:key]]   as above with a bare HTTP status (502, 504, ...): an HTML body and no
//                           x-amzn-ErrorType, as a load balancer in front of the service answers
//   [[reset-body]]          send the headers and half the body (or the first two frames of a
//                           stream), then destroy the socket
//   [[garbage]]             answer 200 with random bytes: under the event-stream content type for
//                           streams, under application/json otherwise
//   [[big:BYTES]]           non-streaming: a valid reply whose text is padded to BYTES bytes
//   [[endless]]             streams: text deltas for ever (honouring back-pressure) until the
//                           client leaves; otherwise a JSON body whose text never ends
//   [[trickle:MS]]          send the headers, then the body one byte every MS ms
//   [[trickle-headers:MS]]  write the status line and headers themselves one byte every MS ms
// `--fault MARKERS` adds markers to every request (for clients whose prompt cannot be chosen).
// Control endpoints (unsigned): GET /__control/requests (the request log as JSON),
// POST /__control/reset (clear the log and counters), GET /__control/stats (bytes written by
// endless and trickled answers, and how many of those ended because the client left).
'use strict';

const http = require('node:http');
const fs = require('node:fs');
const { SignatureV4 } = require('@smithy/signature-v4');
const crypto = require('node:crypto');
const { EventStreamCodec } = require('@smithy/eventstream-codec');
const { toUtf8, fromUtf8 } = require('@smithy/util-utf8');

const ACCESS_KEY = 'AKIDEXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const BEARER_TOKEN = 'bedrock-api-key-test';

const ERROR_STATUS = {
  ValidationException: 400,
  ServiceQuotaExceededException: 400,
  ConflictException: 400,
  AccessDeniedException: 403,
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  ResourceNotFoundException: 404,
  ModelTimeoutException: 408,
  ModelErrorException: 424,
  ThrottlingException: 429,
  ModelNotReadyException: 429,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
};

const codec = new EventStreamCodec(toUtf8, fromUtf8);
let requestLog = [];
let failCounters = new Map();
let requestCounter = 0;
let defaultFaults = '';
let stats = { bytesWritten: 0, clientLeft: 0 };

function requestId() {
  requestCounter += 1;
  return `fake-${process.pid}-${requestCounter.toString().padStart(6, '0')}`;
}

function sendError(res, type, message, extraHeaders = {}) {
  if (/^\d{3}$/.test(type)) {
    const html = `<html><head><title>${type}</title></head><body>${type} from the load balancer</body></html>`;
    res.writeHead(parseInt(type, 10), { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(html), ...extraHeaders });
    res.end(html);
    return;
  }
  const status = ERROR_STATUS[type] || 400;
  const body = JSON.stringify({ message });
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'x-amzn-ErrorType': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    'x-amzn-RequestId': requestId(),
    'Content-Length': Buffer.byteLength(body),
    ...extraHeaders,
  });
  res.end(body);
}

// ---- SigV4 verification -------------------------------------------------------------------

/** SHA-256 / HMAC-SHA256 in the shape @smithy/signature-v4 expects, backed by node:crypto (fast). */
class NodeSha256 {
  constructor(secret) {
    this.secret = secret;
    this.reset();
  }
  update(data) {
    this.hash.update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
  reset() {
    this.hash = this.secret ? crypto.createHmac('sha256', this.secret) : crypto.createHash('sha256');
  }
}

const AUTH_RE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

function parseAmzDate(value) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value || '');
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

// One signer per scope and session token: @smithy/signature-v4 caches the derived signing key
// inside a signer, so a new signer per request would derive it again every time.
const signers = new Map();
function signerFor(region, service, sessionToken) {
  const key = `${region}\n${service}\n${sessionToken || ''}`;
  let signer = signers.get(key);
  if (!signer) {
    if (signers.size > 100) signers.clear();
    signer = new SignatureV4({
      credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY, sessionToken },
      region,
      service,
      sha256: NodeSha256,
      uriEscapePath: true,
      // Sign exactly the headers the client signed: no x-amz-content-sha256 unless it sent one.
      applyChecksum: false,
    });
    signers.set(key, signer);
  }
  return signer;
}

/** Returns null when the request is authentic, else [type, message]. */
async function verifyAuth(req, rawPath, body) {
  const auth = req.headers.authorization || '';
  if (auth.startsWith('Bearer ')) {
    return auth.slice(7) === BEARER_TOKEN ? null : ['UnrecognizedClientException', 'Invalid API Key format: Must start with pre-defined prefix'];
  }
  const m = AUTH_RE.exec(auth);
  if (!m) {
    return ['UnrecognizedClientException', auth ? 'Authorization header requires \'Credential\', \'Signature\' and \'SignedHeaders\' parameters.' : 'Missing Authentication Token'];
  }
  const [, accessKey, shortDate, region, service, signedHeaders, signature] = m;
  if (accessKey !== ACCESS_KEY) {
    return ['UnrecognizedClientException', 'The security token included in the request is invalid.'];
  }
  if (service !== 'bedrock') {
    return ['InvalidSignatureException', `Credential should be scoped to correct service: 'bedrock'.`];
  }
  const date = parseAmzDate(req.headers['x-amz-date']);
  if (!date || !req.headers['x-amz-date'].startsWith(shortDate)) {
    return ['InvalidSignatureException', 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP'];
  }
  if (Math.abs(Date.now() - date.getTime()) > 15 * 60 * 1000) {
    return ['InvalidSignatureException', 'Signature expired: the request time is more than 15 minutes from the server time.'];
  }
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date')) {
    return ['InvalidSignatureException', 'Host and x-amz-date must be signed.'];
  }
  const headers = {};
  for (const name of names) {
    const value = req.headers[name];
    if (value === undefined) {
      return ['InvalidSignatureException', `Signed header '${name}' is missing from the request.`];
    }
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const [pathPart, queryPart = ''] = rawPath.split('?');
  const query = {};
  for (const pair of queryPart.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  const signer = signerFor(region, service, req.headers['x-amz-security-token']);
  const signed = await signer.sign(
    { method: req.method, protocol: 'http:', hostname: headers.host, path: pathPart, query, headers, body },
    { signingDate: date, signingRegion: region, signingService: service },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization)[1];
  if (expected !== signature) {
    return ['InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'];
  }
  return null;
}

// ---- Models and families ------------------------------------------------------------------

/** The invoke family of a model id, as Bedrock's model registry would know it. */
function familyOf(modelId) {
  const id = decodeURIComponent(modelId);
  const lower = id.toLowerCase();
  if (lower.includes('nova')) return 'nova';
  const vendor = lower.replace(/^(us|eu|apac|jp|au|us-gov|global)\./, '').split('.')[0];
  if (lower.startsWith('arn:aws:bedrock:') && lower.includes(':imported-model/')) return 'openai';
  switch (vendor) {
    case 'anthropic': return 'anthropic';
    case 'amazon': return 'titan';
    case 'meta': return 'llama';
    case 'deepseek': return 'deepseek';
    case 'mistral': return 'mistral';
    case 'cohere': return 'cohere';
    case 'ai21': return 'ai21';
    case 'qwen': return 'qwen';
    case 'openai': return 'openai';
    case 'moonshot': case 'moonshotai': return 'openai';
    case 'twelvelabs': return 'pegasus';
    default: return null;
  }
}

const PROFILE_ONLY = /^(amazon\.nova|anthropic\.claude-3-5-sonnet-20241022|anthropic\.claude-3-7|anthropic\.claude-(sonnet|opus|haiku)-4|meta\.llama3-[23])/;

/** Checks the body a family requires; returns [text of the last user turn, maxTokens] or an error message. */
function readInvokeBody(family, body) {
  const need = (cond, msg) => { if (!cond) throw new Error(msg); };
  const lastUserText = (messages, textOf) => {
    need(Array.isArray(messages) && messages.length > 0, 'messages: must not be empty');
    const user = [...messages].reverse().find((m) => m.role === 'user');
    need(user, 'messages: needs a user turn');
    return textOf(user);
  };
  switch (family) {
    case 'anthropic':
      need(body.anthropic_version === 'bedrock-2023-05-31', 'anthropic_version: must be bedrock-2023-05-31');
      need(Number.isInteger(body.max_tokens), 'max_tokens: field required');
      need(!('model' in body) && !('stream' in body), 'Extraneous key [model/stream] is not permitted');
      return [lastUserText(body.messages, (m) => (typeof m.content === 'string' ? m.content : m.content.map((c) => c.text || '').join(''))), body.max_tokens];
    case 'nova':
      need(!('anthropic_version' in body), 'Malformed input request: extraneous key [anthropic_version] is not permitted');
      return [lastUserText(body.messages, (m) => m.content.map((c) => c.text || '').join('')), (body.inferenceConfig || {}).maxTokens || 1000];
    case 'titan':
      need(typeof body.inputText === 'string', 'inputText: required');
      return [body.inputText, (body.textGenerationConfig || {}).maxTokenCount || 512];
    case 'llama': case 'deepseek': case 'qwen':
      need(typeof body.prompt === 'string', 'prompt: required');
      need(!('max_tokens' in body), 'extraneous key [max_tokens] is not permitted');
      return [body.prompt, body.max_gen_len || 512];
    case 'mistral':
      need(typeof body.prompt === 'string' || Array.isArray(body.messages), 'prompt: required');
      return [body.prompt || JSON.stringify(body.messages), body.max_tokens || 512];
    case 'cohere':
      need(typeof body.prompt === 'string' || typeof body.message === 'string', 'prompt or message: required');
      return [body.prompt || body.message, body.max_tokens || 512];
    case 'ai21':
      need(typeof body.prompt === 'string', 'prompt: required');
      return [body.prompt, body.maxTokens || 512];
    case 'openai':
      return [lastUserText(body.messages, (m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))), body.max_tokens || body.max_completion_tokens || 512];
    case 'pegasus':
      need(typeof body.inputPrompt === 'string', 'inputPrompt: required');
      return [body.inputPrompt, body.maxOutputTokens || 512];
    default:
      throw new Error('unknown family');
  }
}

function words(text) {
  return (text.match(/\S+/g) || []).length;
}

function replyFor(prompt, faults, family) {
  if (faults.reply !== undefined) return faults.reply;
  return `Hello from ${family}!`;
}

/** Splits a reply into 2-3 deltas at word boundaries. */
function deltas(text) {
  const parts = text.match(/\S+\s*/g) || [text];
  if (parts.length <= 1) return [text];
  const half = Math.ceil(parts.length / 2);
  return [parts.slice(0, half).join(''), parts.slice(half).join('')];
}

// ---- Non-streaming bodies -----------------------------------------------------------------

function converseResponse(text, usage, latency) {
  return {
    output: { message: { role: 'assistant', content: [{ text }] } },
    stopReason: 'end_turn',
    usage: { inputTokens: usage.input, outputTokens: usage.output, totalTokens: usage.input + usage.output },
    metrics: { latencyMs: latency },
  };
}

function invokeResponse(family, modelId, text, usage) {
  switch (family) {
    case 'anthropic':
      return { id: 'msg_bdrk_fake', type: 'message', role: 'assistant', model: modelId, content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: usage.input, output_tokens: usage.output } };
    case 'nova': {
      // Nova's invoke body is converse-shaped but carries no metrics; latency is in the headers.
      const out = converseResponse(text, usage, 0);
      delete out.metrics;
      return out;
    }
    case 'titan':
      return { inputTextTokenCount: usage.input, results: [{ tokenCount: usage.output, outputText: text, completionReason: 'FINISH' }] };
    case 'llama': case 'deepseek': case 'qwen':
      return { generation: text, prompt_token_count: usage.input, generation_token_count: usage.output, stop_reason: 'stop' };
    case 'mistral':
      return { outputs: [{ text, stop_reason: 'stop' }] };
    case 'cohere':
      return { generations: [{ id: 'g1', text, finish_reason: 'COMPLETE' }], id: 'c1', prompt: '' };
    case 'ai21':
      return { id: 1234, prompt: { text: '' }, completions: [{ data: { text }, finishReason: { reason: 'endoftext' } }] };
    case 'openai':
      return { id: 'chatcmpl-fake', object: 'chat.completion', model: modelId, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output } };
    case 'pegasus':
      return { message: text, finishReason: 'stop' };
    default:
      return {};
  }
}

// ---- Streaming events ---------------------------------------------------------------------

function eventFrame(eventType, payload) {
  return Buffer.from(codec.encode({
    headers: {
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    body: fromUtf8(JSON.stringify(payload)),
  }));
}

function exceptionFrame(exceptionType, message) {
  return Buffer.from(codec.encode({
    headers: {
      ':exception-type': { type: 'string', value: exceptionType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'exception' },
    },
    body: fromUtf8(JSON.stringify({ message, originalStatusCode: 500, originalMessage: 'injected' })),
  }));
}

function chunkFrame(chunk) {
  return eventFrame('chunk', { bytes: Buffer.from(JSON.stringify(chunk)).toString('base64'), p: 'abcdefgh' });
}

/** Frames of a ConverseStream body; the first element is the frame after which mid-stream faults go. */
function converseStreamFrames(text, usage) {
  const frames = [eventFrame('messageStart', { role: 'assistant', p: 'abc' })];
  deltas(text).forEach((d) => frames.push(eventFrame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: d }, p: 'ab' })));
  frames.push(eventFrame('contentBlockStop', { contentBlockIndex: 0 }));
  frames.push(eventFrame('messageStop', { stopReason: 'end_turn' }));
  frames.push(eventFrame('metadata', { usage: { inputTokens: usage.input, outputTokens: usage.output, totalTokens: usage.input + usage.output }, metrics: { latencyMs: 42 } }));
  return frames;
}

function invokeStreamChunks(family, modelId, text, usage) {
  const parts = deltas(text);
  const metrics = { inputTokenCount: usage.input, outputTokenCount: usage.output, invocationLatency: 42, firstByteLatency: 10 };
  const withMetrics = (chunks) => { chunks[chunks.length - 1]['amazon-bedrock-invocationMetrics'] = metrics; return chunks; };
  switch (family) {
    case 'anthropic':
      return withMetrics([
        { type: 'message_start', message: { id: 'msg_bdrk_fake', type: 'message', role: 'assistant', model: modelId, content: [], stop_reason: null, usage: { input_tokens: usage.input, output_tokens: 1 } } },
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
        ...parts.map((p) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: p } })),
        { type: 'content_block_stop', index: 0 },
        { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: usage.output } },
        { type: 'message_stop' },
      ]);
    case 'nova':
      return withMetrics([
        { messageStart: { role: 'assistant' } },
        ...parts.map((p) => ({ contentBlockDelta: { delta: { text: p }, contentBlockIndex: 0 } })),
        { contentBlockStop: { contentBlockIndex: 0 } },
        { messageStop: { stopReason: 'end_turn' } },
        { metadata: { usage: { inputTokens: usage.input, outputTokens: usage.output } } },
      ]);
    case 'titan':
      return withMetrics(parts.map((p, i) => ({ outputText: p, index: 0, totalOutputTextTokenCount: i === parts.length - 1 ? usage.output : null, completionReason: i === parts.length - 1 ? 'FINISH' : null, inputTextTokenCount: i === 0 ? usage.input : null })));
    case 'llama': case 'deepseek': case 'qwen':
      return withMetrics(parts.map((p, i) => ({ generation: p, prompt_token_count: i === 0 ? usage.input : null, generation_token_count: i + 1, stop_reason: i === parts.length - 1 ? 'stop' : null })));
    case 'mistral':
      return withMetrics(parts.map((p, i) => ({ outputs: [{ text: p, stop_reason: i === parts.length - 1 ? 'stop' : null }] })));
    case 'cohere':
      return withMetrics([...parts.map((p) => ({ text: p, is_finished: false })), { is_finished: true, finish_reason: 'COMPLETE' }]);
    case 'openai':
      return withMetrics([
        ...parts.map((p) => ({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: p }, finish_reason: null }] })),
        { id: 'chatcmpl-fake', object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: { prompt_tokens: usage.input, completion_tokens: usage.output } },
      ]);
    case 'pegasus':
      return withMetrics([...parts.map((p) => ({ message: p })), { message: '', finishReason: 'stop' }]);
    default:
      return [];
  }
}

// ---- Faults -------------------------------------------------------------------------------

function parseFaults(text) {
  const faults = {};
  const re = /\[\[([a-z-]+)(?::([^\]]*))?\]\]/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    const [, name, arg = ''] = m;
    switch (name) {
      case 'error': { const [type, ...rest] = arg.split(':'); faults.error = { type, message: rest.join(':') || `Injected ${type}` }; break; }
      case 'fail': { const [n, type, key = 'default'] = arg.split(':'); faults.fail = { n: parseInt(n, 10), type, key }; break; }
      case 'retry-after': faults.retryAfter = arg; break;
      case 'delay': faults.delay = parseInt(arg, 10); break;
      case 'midstream': faults.midstream = arg || 'throttlingException'; break;
      case 'reply': faults.reply = arg; break;
      case 'big': faults.big = parseInt(arg, 10); break;
      case 'trickle': faults.trickle = parseInt(arg, 10) || 10; break;
      case 'trickle-headers': faults.trickleHeaders = parseInt(arg, 10) || 10; break;
      default: faults[name] = true;
    }
  }
  return faults;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Deterministic bytes that are neither JSON nor event-stream frames. */
function garbage(length) {
  const out = Buffer.alloc(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** True once the client closed its side (or the socket died). */
function gone(res) {
  return res.destroyed || res.socket === null || res.socket.destroyed;
}

/** Writes `bytes` one at a time, `ms` apart, to `res` (or the raw socket), until done or the client leaves. */
async function trickle(write, bytes, ms, res) {
  for (let i = 0; i < bytes.length; i += 1) {
    if (gone(res)) {
      stats.clientLeft += 1;
      return false;
    }
    write(bytes.subarray(i, i + 1));
    stats.bytesWritten += 1;
    await sleep(ms);
  }
  return true;
}

/** Text deltas for ever, waiting for 'drain' so the server's own memory stays flat. */
async function endless(res, frameOf) {
  const frame = frameOf('All work and no play makes Jack a dull boy. '.repeat(20));
  const batch = Buffer.concat(Array(64).fill(frame));
  while (!gone(res)) {
    stats.bytesWritten += batch.length;
    if (!res.write(batch)) {
      await new Promise((resolve) => {
        const done = () => { res.off('drain', done); res.off('close', done); resolve(); };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  stats.clientLeft += 1;
}

/** Sends a whole answer (status, headers, body) with the given fault applied to the transport. */
async function deliver(req, res, status, headers, body, faults) {
  if (faults.trickleHeaders) {
    const head = [`HTTP/1.1 ${status} OK`, ...Object.entries({ ...headers, 'Content-Length': body.length }).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n');
    const socket = req.socket;
    if (await trickle((b) => socket.write(b), Buffer.from(head, 'latin1'), faults.trickleHeaders, res)) {
      socket.end(body);
    }
    return;
  }
  if (faults.reset) {
    res.writeHead(status, { ...headers, 'Content-Length': body.length });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    await sleep(20);
    req.socket.destroy();
    return;
  }
  if (faults.trickle) {
    res.writeHead(status, { ...headers, 'Content-Length': body.length });
    if (await trickle((b) => res.write(b), body, faults.trickle, res)) res.end();
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': body.length });
  res.end(body);
}

// ---- The server ---------------------------------------------------------------------------

const ROUTE_RE = /^\/model\/(.+)\/(converse|converse-stream|invoke|invoke-with-response-stream)$/;

async function handle(req, res, body) {
  const rawPath = req.url;
  if (rawPath.startsWith('/__control/')) {
    if (rawPath === '/__control/requests') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(requestLog));
    } else if (rawPath === '/__control/stats') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(stats));
    } else if (rawPath === '/__control/reset') {
      requestLog = [];
      failCounters = new Map();
      stats = { bytesWritten: 0, clientLeft: 0 };
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
    return;
  }

  const bodyText = body.toString('utf8');
  const faults = parseFaults(`${bodyText} ${req.headers['x-fake-fault'] || ''} ${defaultFaults}`);
  const route = ROUTE_RE.exec(rawPath.split('?')[0]);
  requestLog.push({
    method: req.method,
    path: rawPath,
    headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'authorization' && k !== 'x-amz-security-token')),
    body: bodyText,
    signedHeaders: (/SignedHeaders=([^,]+)/.exec(req.headers.authorization || '') || [])[1] || null,
  });
  if (requestLog.length > 1000) requestLog.shift();

  const authError = await verifyAuth(req, rawPath, body);
  if (authError) {
    sendError(res, authError[0], authError[1]);
    return;
  }
  if (req.method !== 'POST' || !route) {
    sendError(res, 'ResourceNotFoundException', `Unknown operation ${req.method} ${rawPath}`);
    return;
  }
  if (faults.delay) await sleep(faults.delay);
  if (faults.reset) {
    req.socket.destroy();
    return;
  }
  // [[reset-body]] is applied by deliver() once there is a body to cut.
  faults.reset = faults['reset-body'];
  const extra = faults.retryAfter ? { 'Retry-After': faults.retryAfter } : {};
  if (faults.fail) {
    const count = failCounters.get(faults.fail.key) || 0;
    if (count < faults.fail.n) {
      failCounters.set(faults.fail.key, count + 1);
      sendError(res, faults.fail.type, `Injected ${faults.fail.type} (${count + 1} of ${faults.fail.n})`, extra);
      return;
    }
  }
  if (faults.error) {
    sendError(res, faults.error.type, faults.error.message, extra);
    return;
  }

  const modelId = decodeURIComponent(route[1]);
  const operation = route[2];
  const family = familyOf(route[1]);
  if (!family) {
    sendError(res, 'ValidationException', 'The provided model identifier is invalid.');
    return;
  }
  if (PROFILE_ONLY.test(modelId)) {
    sendError(res, 'ValidationException', `Invocation of model ID ${modelId} with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.`);
    return;
  }
  let json;
  try {
    json = JSON.parse(bodyText);
  } catch (e) {
    sendError(res, 'ValidationException', 'Malformed input request, please reformat your input and try again.');
    return;
  }

  let prompt;
  let maxTokens;
  try {
    if (operation.startsWith('converse')) {
      if (!Array.isArray(json.messages) || json.messages.length === 0) throw new Error('messages: must not be empty');
      for (const key of Object.keys(json)) {
        if (!['messages', 'system', 'inferenceConfig', 'additionalModelRequestFields', 'toolConfig', 'guardrailConfig', 'performanceConfig', 'serviceTier', 'requestMetadata', 'additionalModelResponseFieldPaths', 'promptVariables'].includes(key)) {
          throw new Error(`extraneous key [${key}] is not permitted`);
        }
      }
      const user = [...json.messages].reverse().find((m) => m.role === 'user');
      prompt = user ? user.content.map((c) => c.text || '').join('') : '';
      maxTokens = (json.inferenceConfig || {}).maxTokens || 1000;
    } else {
      [prompt, maxTokens] = readInvokeBody(family, json);
    }
  } catch (e) {
    sendError(res, 'ValidationException', `Malformed input request: ${e.message}, please reformat your input and try again.`);
    return;
  }
  if (maxTokens > 100000) {
    sendError(res, 'ValidationException', `The maximum tokens you requested exceeds the model limit of 100000. Try again with a maximum tokens value that is lower than 100000.`);
    return;
  }

  if (family === 'ai21' && operation.endsWith('stream')) {
    sendError(res, 'ValidationException', 'The model is unsupported for streaming.');
    return;
  }

  let text = replyFor(prompt, faults, family);
  if (faults.big && !operation.endsWith('stream')) text = text.padEnd(faults.big, '.');
  const usage = { input: Math.max(1, words(prompt)), output: Math.max(1, words(text)) };
  const id = requestId();

  if (faults.endless && !operation.endsWith('stream')) {
    // A JSON body that never ends: the opening of a reply, then its text for ever.
    res.writeHead(200, { 'Content-Type': 'application/json', 'x-amzn-RequestId': id });
    res.write('{"output":{"message":{"role":"assistant","content":[{"text":"');
    await endless(res, (t) => Buffer.from(t));
    return;
  }
  if (faults.garbage && !operation.endsWith('stream')) {
    await deliver(req, res, 200, { 'Content-Type': 'application/json', 'x-amzn-RequestId': id }, garbage(4096), faults);
    return;
  }
  if (operation === 'converse') {
    const out = Buffer.from(JSON.stringify(converseResponse(text, usage, 42)));
    await deliver(req, res, 200, { 'Content-Type': 'application/json', 'x-amzn-RequestId': id }, out, faults);
    return;
  }
  if (operation === 'invoke') {
    const out = Buffer.from(JSON.stringify(invokeResponse(family, modelId, text, usage)));
    await deliver(req, res, 200, {
      'Content-Type': 'application/json',
      'x-amzn-RequestId': id,
      'X-Amzn-Bedrock-Input-Token-Count': String(usage.input),
      'X-Amzn-Bedrock-Output-Token-Count': String(usage.output),
      'X-Amzn-Bedrock-Invocation-Latency': '42',
    }, out, faults);
    return;
  }

  // Streams.
  const frames = operation === 'converse-stream'
    ? converseStreamFrames(text, usage)
    : invokeStreamChunks(family, modelId, text, usage).map(chunkFrame);
  const headers = { 'Content-Type': 'application/vnd.amazon.eventstream', 'x-amzn-RequestId': id };
  if (operation === 'invoke-with-response-stream') headers['X-Amzn-Bedrock-Content-Type'] = 'application/json';
  if (faults.trickle || faults.trickleHeaders) {
    await deliver(req, res, 200, headers, Buffer.concat(frames), faults);
    return;
  }
  res.writeHead(200, headers);
  if (faults.garbage) {
    res.end(garbage(4096));
    return;
  }
  if (faults.reset) {
    res.write(frames[0]);
    res.write(frames[1]);
    await sleep(20);
    req.socket.destroy();
    return;
  }
  if (faults.endless) {
    const frameOf = operation === 'converse-stream'
      ? (t) => eventFrame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: t }, p: 'ab' })
      : (t) => chunkFrame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: t } });
    res.write(frames[0]);
    await endless(res, frameOf);
    return;
  }
  if (faults.stall) {
    res.write(frames[0]);
    return; // never ends; the client's timeout or cancel closes the socket
  }
  if (faults.midstream) {
    // ConverseStream: messageStart + first delta; invoke: first two chunks.
    res.write(frames[0]);
    res.write(frames[1]);
    res.end(exceptionFrame(faults.midstream, `Injected ${faults.midstream}`));
    return;
  }
  if (faults.corrupt) {
    const bad = Buffer.from(frames[1]);
    bad[bad.length - 6] ^= 0x01;
    frames[1] = bad;
  }
  if (faults.truncate) {
    res.write(frames[0]);
    res.end(frames[1].subarray(0, Math.floor(frames[1].length / 2)));
    return;
  }
  for (const frame of frames) {
    res.write(frame);
    await sleep(1);
  }
  res.end();
}

function createServer() {
  return http.createServer((req, res) => {
    const parts = [];
    req.on('data', (d) => parts.push(d));
    req.on('end', () => {
      handle(req, res, Buffer.concat(parts)).catch((e) => {
        if (!res.headersSent) sendError(res, 'InternalServerException', `fake bedrock bug: ${e.stack}`);
        else res.destroy();
      });
    });
  });
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
  const port = parseInt(opt('--port', '0'), 10);
  const portFile = opt('--port-file', null);
  defaultFaults = opt('--fault', '');
  const server = createServer();
  server.listen(port, '127.0.0.1', () => {
    const actual = server.address().port;
    if (portFile) {
      fs.writeFileSync(`${portFile}.tmp`, String(actual));
      fs.renameSync(`${portFile}.tmp`, portFile);
    }
    process.stdout.write(`PORT=${actual}\n`);
  });
  const stop = () => { server.close(() => process.exit(0)); server.closeAllConnections(); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

module.exports = { createServer, ACCESS_KEY, SECRET_KEY, BEARER_TOKEN };

if (require.main === module) main();
