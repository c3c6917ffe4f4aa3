-- wrk script: each connection waits PACE_MS between requests, so that CONNECTIONS x 1000 / PACE_MS
-- requests per second are offered (an open-loop-ish rate with plain wrk) and latency is measured at
-- that rate, not at saturation. Optional body and method from the environment.
local pace = tonumber(os.getenv("PACE_MS") or "20")
local body_file = os.getenv("BODY_FILE")

wrk.method = os.getenv("METHOD") or "GET"
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "r"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

-- CASH_VARIES: every request asks with another cash amount (run, thread id and counter), so each is a new
-- plan, in this run and against a server that saw earlier runs
local threads = {}
function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

local counter = 0
local run = os.time() % 100000
if os.getenv("CASH_VARIES") and wrk.body then
  local open = wrk.body:gsub("%s+$", ""):sub(1, -2)
  function request()
    counter = counter + 1
    return wrk.format(nil, nil, nil, string.format('%s, "cash_usd": "%d%d%06d"}', open, run, thread_id or 0, counter))
  end
end

function delay()
  return pace
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("offered pace %d ms per connection; done %d requests in %.1f s = %.1f req/s; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    pace, summary.requests, seconds, summary.requests / seconds, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p95 %.2f  p99 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
