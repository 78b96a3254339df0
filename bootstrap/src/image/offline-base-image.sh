#!/usr/bin/env bash
# Writes a Java 17 base image as a `docker save` tarball, made from this machine's JDK, for building
# the service's image where no registry can be reached (Jib reads it as -Dimage.base=tar://FILE):
#
#   bootstrap/src/image/offline-base-image.sh bootstrap/target/offline-base.tar
#   ./mvnw -B -Pimage -pl bootstrap -am package -DskipTests -Dimage.base=tar://$PWD/bootstrap/target/offline-base.tar
#
# It copies eclipse-temurin's layout (the runtime in /opt/java/openjdk, on PATH) so the image behaves
# the same on either base: a jlink'd runtime, the shared libraries it links against, and /tmp.
# Nothing else: no shell, no package manager. Needs a JDK with jmods (Debian: openjdk-17-jmods).
set -euo pipefail

out=$(realpath -m "${1:?usage: $0 OUTPUT.tar}")
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs

# The JRE's modules: every module of the JDK but its development tools and incubators, as a JRE has.
modules=$(ls "$jdk/jmods" | sed 's/\.jmod$//' \
  | grep -Ev '^jdk\.(compiler|jartool|javadoc|jcmd|jconsole|jdeps|jdi|jdwp\.agent|jlink|jpackage|jshell|jstatd|hotspot\.agent|editpad|internal\.(ed|jvmstat|le|opt)|incubator\..*)$' \
  | paste -sd, -)
jlink --module-path "$jdk/jmods" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$root/opt/java/openjdk"

# The shared libraries the runtime's executables and libraries load, at the paths they load them from.
find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $2 ~ /^\(/ { print $1 }' \
  | grep -v "^$root/" | sort -u \
  | while read -r library; do cp -L --parents "$library" "$root"; done
mkdir -p "$root/tmp" && chmod 1777 "$root/tmp"

# docker save format: one layer, its config, and the manifest naming both.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$root" -cf "$work/layer.tar" .
diff_id=sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
jq -n --arg diff "$diff_id" '{
  architecture: "amd64", os: "linux", created: "1970-01-01T00:00:00Z",
  config: {Env: ["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                 "JAVA_HOME=/opt/java/openjdk", "LANG=C.UTF-8"]},
  rootfs: {type: "layers", diff_ids: [$diff]}
}' > "$work/config.json"
config=$(sha256sum "$work/config.json" | cut -d' ' -f1).json
mv "$work/config.json" "$work/$config"
jq -n --arg config "$config" '[{Config: $config, RepoTags: ["offline-base:17"], Layers: ["layer.tar"]}]' \
  > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out" manifest.json "$config" layer.tar
echo "$out: $(du -h "$out" | cut -f1), runtime $("$root/opt/java/openjdk/bin/java" -version 2>&1 | head -1)"
