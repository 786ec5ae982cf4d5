#!/usr/bin/env bash
# The reminder scenario of docs/reminders.md, end to end on this machine: Kasian on SQLite with the
# quick-reminders route (due after one minute of wall-clock time, reminded every minute at most twice,
# then escalated to the Nayok), a loopback SMTP server (Debian's python3-aiosmtpd) that saves every
# message, and an untouched memo. Prints each e-mail as it arrives, then has the approvers act and
# checks that the e-mails stop. Usage: docs/examples/try-reminders.sh [minutes-to-wait-before-acting]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WAIT_MIN=${1:-4}
WORK=$(mktemp -d /tmp/kasian-try.XXXXXX)
APP_PORT=${APP_PORT:-5080}
SMTP_PORT=${SMTP_PORT:-2525}
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3

mkdir -p "$WORK/routes/calendars" "$WORK/mail"
cp workflows/*.json "$WORK/routes/"
cp workflows/calendars/*.json "$WORK/routes/calendars/"
cp docs/examples/quick-reminders.json "$WORK/routes/"

dotnet build src/Kasian.Web -o "$WORK/bin" -v q >/dev/null
"$PY" tests/Kasian.Web.Tests/Reminders/smtp_sink.py "$WORK/mail" "$SMTP_PORT" < <(sleep 100000) > "$WORK/smtp.log" 2>&1 &
SMTP_PID=$!
(cd "$WORK" && \
  Kasian__Routes__Directory="$WORK/routes" \
  Kasian__PublicBaseUrl="http://127.0.0.1:$APP_PORT" \
  Kasian__Notifications__Smtp__Host=127.0.0.1 \
  Kasian__Notifications__Smtp__Port="$SMTP_PORT" \
  Kasian__Notifications__Smtp__Security=None \
  Kasian__Notifications__Smtp__From="สารบรรณ อบต.ภูซาง <saraban@phusang.example>" \
  ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
  dotnet bin/Kasian.Web.dll > app.log 2>&1) &
APP_PID=$!
trap 'kill $APP_PID $SMTP_PID 2>/dev/null || true' EXIT

API="http://127.0.0.1:$APP_PORT/api"
until curl -sf "http://127.0.0.1:$APP_PORT/health/ready" >/dev/null 2>&1; do sleep 1; done
token() { curl -sf "$API/auth/token" -H 'content-type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo\"}" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'; }
THAPTHIM=$(token thapthim)
ID=$(curl -sf "$API/memos" -H "authorization: Bearer $THAPTHIM" -H 'content-type: application/json' \
  -d '{"routeId":"quick-reminders","unit":"สำนักปลัด","subject":"ทดลองการเตือน: ขออนุมัติจัดซื้อวัสดุสำนักงาน","to":"นายกองค์การบริหารส่วนตำบลภูซาง","body":"ทดลอง"}' \
  | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -sf -X POST "$API/memos/$ID/submit" -H "authorization: Bearer $THAPTHIM" -o /dev/null
T0=$(date +%s)
echo "submitted memo $ID at $(date -u +%H:%M:%S) UTC; mail lands in $WORK/mail"

show_new() {
  for f in $(ls -tr "$WORK/mail"/*.eml 2>/dev/null); do
    [ -e "$f.seen" ] && continue; touch "$f.seen"
    "$PY" - "$f" "$T0" <<'PY'
import email, email.policy, sys, os, time
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
at = os.path.getmtime(sys.argv[1]) - int(sys.argv[2])
print(f"+{at:5.0f}s  to {m['To']}\n        {m['Subject']}")
PY
  done
}
END=$((T0 + WAIT_MIN * 60))
while [ "$(date +%s)" -lt "$END" ]; do show_new; sleep 2; done
show_new

echo "--- the approvers act at +$(( $(date +%s) - T0 ))s"
NAPHAPORN=$(token naphaporn); WORAWIT=$(token worawit)
curl -sf -X POST "$API/memos/$ID/endorse" -H "authorization: Bearer $NAPHAPORN" -H 'content-type: application/json' -d '{"stepId":"head-of-office","comment":"เห็นควรอนุมัติ"}' -o /dev/null
curl -sf -X POST "$API/memos/$ID/approve" -H "authorization: Bearer $WORAWIT" -H 'content-type: application/json' -d '{"stepId":"nayok"}' -o /dev/null
COUNT=$(ls "$WORK/mail"/*.eml | wc -l)
sleep 150
show_new
echo "e-mails before acting: $COUNT, after 150 s more: $(ls "$WORK/mail"/*.eml | wc -l)"
echo "timeline:"
curl -sf "$API/memos/$ID/events" -H "authorization: Bearer $NAPHAPORN" > "$WORK/events.json"
"$PY" - "$WORK/events.json" <<'PY'
import json, sys
for e in json.load(open(sys.argv[1])):
    print("  %2d %s %s" % (e["sequence"], e["at"][11:19], e["type"]))
PY
