-- wrk script for the HTTP endorsement benchmark (tests/Kasian.Bench/HttpEndorsements.cs starts it).
-- Each wrk thread owns every n-th memo of the list and endorses its memos round-robin: memo 1 step s01,
-- memo 2 step s01, ..., then memo 1 step s02, ... Each request names the step the memo is at, and a thread
-- owns many more memos than it has connections, so two requests in flight never name the same memo.
-- Arguments after "--": memo-id file, thread count, steps per memo, bearer token.
local threads = {}
local next_index = 0

function setup(thread)
  thread:set("index", next_index)
  next_index = next_index + 1
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  steps = tonumber(args[3])
  memos = {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == index then table.insert(memos, line) end
    i = i + 1
  end
  headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. args[4],
    ["Prefer"] = "return=minimal",
  }
  cursor, round, primed = 1, 1, false
  ok, conflicts, other, exhausted = 0, 0, 0, 0
end

function request()
  -- wrk asks each thread for one request it never sends (seen as one memo per thread stuck at s01).
  -- Answer that first call with a health probe, so no endorsement is lost; its answer is not counted.
  if not primed then
    primed = true
    return wrk.format("GET", "/health/live")
  end
  if round > steps then exhausted = exhausted + 1 end
  local body = string.format('{"stepId":"s%02d","comment":"เห็นควรเสนอ"}', round)
  local path = "/api/memos/" .. memos[cursor] .. "/endorse"
  cursor = cursor + 1
  if cursor > #memos then cursor, round = 1, round + 1 end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if body == "Healthy" then return end
  if status == 200 or status == 204 then ok = ok + 1
  elseif status == 409 then
    conflicts = conflicts + 1
    if conflicts == 1 then io.stderr:write("first 409: " .. body .. "\n") end
  else other = other + 1 end
end

function done(summary, latency, requests)
  local totals = { ok = 0, conflicts = 0, other = 0, exhausted = 0 }
  for _, t in ipairs(threads) do
    for k, _ in pairs(totals) do totals[k] = totals[k] + t:get(k) end
  end
  local out = io.open(os.getenv("KASIAN_WRK_OUT"), "w")
  out:write(string.format(
    '{"durationUs":%d,"requests":%d,"ok":%d,"conflicts":%d,"other":%d,"exhausted":%d,"socketErrors":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d}',
    summary.duration, summary.requests, totals.ok, totals.conflicts, totals.other, totals.exhausted,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
  out:close()
end
