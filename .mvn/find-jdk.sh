# Sourced by ./mvnw and ./kring: makes sure JAVA_HOME points at a JDK 21 or newer.
# Kring's dependencies (Vaadin 25, Spring Boot 4) ship Java 21 bytecode, while many
# machines still default to JDK 17; so we look in JAVA_HOME first, then on the PATH,
# then in the usual install locations, and stop with a clear message if none fits.
# POSIX sh on purpose: the Maven wrapper is a POSIX script.

kring_java_major() {
  # prints the major version of the JDK at $1 (empty if it is not a JDK)
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

kring_find_jdk() {
  # the Maven wrapper runs with 'set -f'; the search below needs globbing
  case $- in *f*) kring_noglob=1; set +f ;; *) kring_noglob=0 ;; esac
  kring_candidates=""
  [ -n "${JAVA_HOME-}" ] && kring_candidates="$JAVA_HOME"
  if command -v javac >/dev/null 2>&1; then
    kring_javac=$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)
    kring_candidates="$kring_candidates
$(dirname "$(dirname "$kring_javac")")"
  fi
  for kring_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$kring_dir" ] && kring_candidates="$kring_candidates
$kring_dir"
  done
  kring_best="" ; kring_best_major=0
  # newest JDK wins, but a suitable JAVA_HOME is always kept as it is
  kring_old_ifs=$IFS
  IFS='
'
  for kring_dir in $kring_candidates; do
    kring_major=$(kring_java_major "$kring_dir")
    [ -n "$kring_major" ] || continue
    if [ "$kring_dir" = "${JAVA_HOME-}" ] && [ "$kring_major" -ge 21 ]; then
      kring_best="$kring_dir"; break
    fi
    if [ "$kring_major" -ge 21 ] && [ "$kring_major" -gt "$kring_best_major" ]; then
      kring_best="$kring_dir"; kring_best_major=$kring_major
    fi
  done
  IFS=$kring_old_ifs
  [ "$kring_noglob" = 1 ] && set -f
  if [ -z "$kring_best" ]; then
    echo "Kring needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, the PATH and /usr/lib/jvm)." >&2
    echo "Install one (for example Temurin 21 or 25 from adoptium.net, or 'apt-get install openjdk-21-jdk-headless')" >&2
    echo "and set JAVA_HOME to its folder." >&2
    exit 1
  fi
  JAVA_HOME="$kring_best"
  export JAVA_HOME
  # JDK 25 prints a warning for Maven 3.9's use of sun.misc.Unsafe; harmless, so silence it.
  case "${MAVEN_OPTS-}" in
    *sun-misc-unsafe-memory-access*) ;;
    *) if [ "$(kring_java_major "$JAVA_HOME")" -ge 24 ]; then
         MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS
       fi ;;
  esac
}

kring_find_jdk
