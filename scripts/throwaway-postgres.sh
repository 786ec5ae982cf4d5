# Sourced by test.sh and bench.sh: starts a throwaway PostgreSQL cluster on a loopback port, owned by an
# unprivileged user (initdb refuses root), with PostgreSQL's default durability (fsync and
# synchronous_commit on), stopped and deleted when the calling script exits.
# In: PG_PORT. Out: PG_CONNECTION (a connection string to the postgres database as the kasian user).
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_DIR=$(mktemp -d /tmp/kasian-pg.XXXXXX)
PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$PG_DIR" postgres
  chown postgres "$PG_DIR"
  RUN_AS=(runuser -u postgres --)
fi
echo "$PG_PASSWORD" > "$PG_DIR/pw"
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U kasian --pwfile="$PG_DIR/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=300" start >/dev/null
cleanup_postgres() { "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap cleanup_postgres EXIT
PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=kasian;Password=$PG_PASSWORD;Database=postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
