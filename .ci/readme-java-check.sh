#!/usr/bin/env bash
# The README's "Use it from Java" section, exactly as written: its XML (the BOM import and the
# dependencies) becomes the pom of a fresh Maven project, each of its ```java blocks a source file,
# and each program is compiled and run against the argmap artifacts `mvn install` put in the local
# repository, first on the class path and then with argmap and Jackson as named modules (so that
# the JPMS `provides` of argmap-jackson is what findAndRegisterModules finds). Run it after install.
#
# Also checks that the BOM's version is the build's, that the README names that version, and that
# the BOM manages every argmap jar the build installed.
#
#   .ci/readme-java-check.sh [MAVEN_OPTIONS...]   e.g. -Dmaven.repo.local=/tmp/m2 -o
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mvn_opts=("$@")

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | sed -n 1p)
bom_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' bom/pom.xml | sed -n 1p)
[ -n "$version" ] || { echo "readme-java-check: no version in pom.xml" >&2; exit 1; }
if [ "$bom_version" != "$version" ]; then
  echo "readme-java-check: bom/pom.xml is at $bom_version, the build at $version; set both" >&2
  exit 1
fi

repo=$(printf '%s\n' "${mvn_opts[@]}" | sed -n 's/^-Dmaven.repo.local=//p' | tail -1)
repo=${repo:-$HOME/.m2/repository}
missing=0
for dir in "$repo"/io/github/argmap/*/"$version"; do
  artifact=$(basename "$(dirname "$dir")")
  ls "$dir"/"$artifact"-"$version".jar >/dev/null 2>&1 || continue   # poms only (parent, BOM)
  if ! grep -q "<artifactId>$artifact</artifactId>" bom/pom.xml; then
    echo "readme-java-check: $artifact is installed but argmap-bom does not manage it; add it to bom/pom.xml" >&2
    missing=1
  fi
done
[ "$missing" = 0 ]

panel=$(git ls-files '*coalitions-of-the-willing.json' | sed -n 1p)
[ -n "$panel" ] || { echo "readme-java-check: the panel map is not in the repository" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The panel's source text must sit beside it: JsonMapReader.read(Path) checks the quotes against it.
cp "$panel" "$(dirname "$panel")"/coalitions-of-the-willing.txt "$work"/

python3 - "$root/README.md" "$work" "$version" <<'PY'
import pathlib, re, sys
readme, work, version = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"), pathlib.Path(sys.argv[2]), sys.argv[3]
start = readme.index("## Use it from Java")
end = readme.find("\n## ", start + 1)
section = readme[start:end if end > 0 else len(readme)]
blocks = re.findall(r"```(\w+)\n(.*?)```", section, re.S)
xml = [b for lang, b in blocks if lang == "xml"]
java = [b for lang, b in blocks if lang == "java"]
if len(xml) != 1 or not java:
    sys.exit("readme-java-check: expected one xml block and some java blocks in 'Use it from Java', found %d and %d" % (len(xml), len(java)))
named = re.search(r"<artifactId>argmap-bom</artifactId>\s*<version>([^<]+)</version>", xml[0])
if not named or named.group(1) != version:
    sys.exit("readme-java-check: the README imports argmap-bom %s, the build is %s; update the README"
             % (named.group(1) if named else "(no version)", version))
(work / "pom.xml").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>readme.check</groupId>
  <artifactId>readme-check</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
%s
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
        <configuration><compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs></configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
    </plugins>
  </build>
</project>
""" % xml[0], encoding="utf-8")
mains = []
for source in java:
    m = re.search(r"^public (?:final )?(?:class|record|interface|enum) (\w+)", source, re.M)
    if not m:
        sys.exit("readme-java-check: a java block declares no public class:\n" + source)
    package = re.search(r"^package ([\w.]+);", source, re.M)
    folder = work / "src/main/java" / (package.group(1).replace(".", "/") if package else "")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / (m.group(1) + ".java")).write_text(source, encoding="utf-8")
    mains.append((package.group(1) + "." if package else "") + m.group(1))
(work / "mains.txt").write_text("\n".join(mains) + "\n")
PY

cd "$work"
mvn -B -q "${mvn_opts[@]}" compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$work/cp.txt"
cp=$(cat cp.txt)
while read -r main; do
  for mode in classpath modules; do
    if [ "$mode" = classpath ]; then
      run=(java -cp "target/classes:$cp" "$main")
    else
      run=(java --module-path "$cp" --add-modules ALL-MODULE-PATH -cp target/classes "$main")
    fi
    echo "== $main ($mode)"
    "${run[@]}" coalitions-of-the-willing.json | tee out.txt
    if grep -q ': false' out.txt; then
      echo "readme-java-check: $main ($mode) printed a false check" >&2
      exit 1
    fi
  done
done < mains.txt
grep -q 'same JSON tree as the file: true' out.txt || { echo "readme-java-check: the Jackson round trip did not run" >&2; exit 1; }
echo "readme-java-check: $(wc -l < mains.txt) README programs compile and run against argmap $version"
