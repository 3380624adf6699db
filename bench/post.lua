-- wrk script: POST the JSON body in $BENCH_BODY_FILE, count status codes, report percentiles.
--
-- Every request gets its own external_ref (the body holds the placeholder below, same width),
-- like real traffic where each application has its own ATS id: no two bodies are equal, so
-- no response cache can answer the benchmark. Content-Length stays constant.
-- wrk runs this file in one Lua state per thread (plus one for setup/done), so each thread
-- counts in its own globals and done() gathers them with thread:get, as wrk's docs show.
-- done() prints one line starting with "BENCH " that bench/run.sh parses.

local body_file = os.getenv("BENCH_BODY_FILE")
if body_file == nil then
  error("set BENCH_BODY_FILE to the JSON body to POST")
end
local handle = assert(io.open(body_file, "rb"))
wrk.method = "POST"
wrk.body = handle:read("*a")
handle:close()
wrk.headers["Content-Type"] = "application/json"
local api_key = os.getenv("BENCH_API_KEY")
if api_key ~= nil then
  wrk.headers["Authorization"] = "Bearer " .. api_key
end
local PLACEHOLDER = "bench-0000000000"
local at = wrk.body:find(PLACEHOLDER, 1, true)
if at == nil then
  error("the body has no external_ref " .. PLACEHOLDER)
end
local prefix, suffix = wrk.body:sub(1, at - 1), wrk.body:sub(at + #PLACEHOLDER)

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  statuses = {} -- status code -> count, in this thread
  sent = 0
end

function request()
  sent = sent + 1
  local ref = string.format("bench-%d%09d", thread_id, sent % 1000000000)
  return wrk.format(nil, nil, nil, prefix .. ref .. suffix)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + count
      if status >= 200 and status < 300 then
        ok = ok + count
      else
        bad = bad + count
      end
    end
  end
  local codes = {}
  for status, count in pairs(counts) do
    table.insert(codes, status .. ":" .. count)
  end
  table.sort(codes)
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local ms = function(us) return string.format("%.2f", us / 1000) end
  io.write(string.format(
    "BENCH requests=%d seconds=%.2f rps=%.1f p50_ms=%s p90_ms=%s p99_ms=%s max_ms=%s "
      .. "ok=%d non2xx=%d socket_errors=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)),
    ms(latency.max), ok, bad, socket_errors, table.concat(codes, ",")))
end
