# Shared by .ci/benchmark/run and .ci/cluster/run (sourced, not run): building the jar and the
# benchmark classpath once, a throw-away database and user, starting the product and waiting for it.
# Expects ROOT (the repository), REBUILD (1: build even if the jar exists) and DB_ROOT (the MariaDB
# root client command) to be set.

# Builds target/commune-workflow.jar and the benchmark classes unless present, and the test
# classpath once; sets CP (classes, test classes and every dependency).
bench_build() {
  if [ "${REBUILD:-0}" = 1 ] || [ ! -f target/commune-workflow.jar ] || [ ! -d target/test-classes/vn/gov/commune/benchmark ]; then
    echo "building the jar and the benchmark classes (mvn -DskipTests package)"
    mvn -B -ntp -q -DskipTests package
  fi
  if [ ! -s target/benchmark.classpath ] || [ pom.xml -nt target/benchmark.classpath ]; then
    mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
  fi
  CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat target/benchmark.classpath)"
}

# bench_db_create NAME PASSWORD: database NAME (utf8mb4) and user NAME with all rights on it.
bench_db_create() {
  $DB_ROOT -e "CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER '$1'@'%' IDENTIFIED BY '$2'; GRANT ALL PRIVILEGES ON $1.* TO '$1'@'%';"
}

# bench_db_drop NAME: drops the database and the user NAME.
bench_db_drop() {
  $DB_ROOT -e "DROP DATABASE IF EXISTS $1; DROP USER IF EXISTS '$1'@'%';"
}

# bench_wait_health URL PID LOG: waits (at most 600 s) until URL/actuator/health answers; fails,
# showing the end of LOG, when the process PID ends first or the time is up.
bench_wait_health() {
  for _ in $(seq 1 600); do
    if curl -fs "$1/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then tail -50 "$3"; echo "the product did not start ($3)"; return 1; fi
    sleep 1
  done
  tail -50 "$3"; echo "no health at $1 after 600 s"; return 1
}
