-- wrk script: GET one path, each request with the next participant's access token.
--
--   wrk -t2 -c50 -d30s -s bench/rotate.lua http://127.0.0.1:8089 -- /api/v1/me/today bench/out/tokens.txt
--
-- Arguments after "--": the path, and a file of tokens (one a line). Without a token file the
-- requests carry no Authorization header (for anonymous endpoints such as /api/health).
-- Each thread reads the file in init and starts at its own offset, so the threads do not ask for
-- the same participants in step. At the end one machine-readable line is printed:
--   RESULT <requests/s> <p50 ms> <p99 ms> <requests> <HTTP status >= 400> <socket errors and timeouts>

local path = "/"
local tokens = {}
local index = 1

local thread_count = 0
function setup(thread)
  thread:set("thread_number", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  path = args[1] or "/"
  local file = args[2]
  if file ~= nil and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then
        tokens[#tokens + 1] = "Bearer " .. line
      end
    end
    if #tokens == 0 then
      error("no tokens in " .. file)
    end
    -- Spread the threads over the file.
    local n = tonumber(thread_number) or 0
    index = ((n * 7919) % #tokens) + 1
  end
end

function request()
  if #tokens == 0 then
    return wrk.format("GET", path, { ["Accept"] = "application/json" })
  end
  local token = tokens[index]
  index = index + 1
  if index > #tokens then
    index = 1
  end
  return wrk.format("GET", path, { ["Accept"] = "application/json", ["Authorization"] = token })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors.status,
    socket_errors))
end
