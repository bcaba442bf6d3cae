#!/usr/bin/env bash
# Builds the ZIP of a feedback bundle (federation -> enterprise) by hand, the way someone without
# HazardLedger would, following docs/bundle-format.md: one supervision notice on one hazard.
# The test then signs and encrypts it with gpg and has HazardLedger import it.
# usage: make-feedback-zip.sh OUT.zip SENDER_FPR SENDER_INSTALLATION RECIPIENT_FPR RECIPIENT_INSTALLATION HAZARD_ID NOTICE_ID
set -euo pipefail
out=$1 sender_fpr=$2 sender_id=$3 recipient_fpr=$4 recipient_id=$5 hazard_id=$6 notice_id=$7
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/records"
notices="$work/records/federation_notice.jsonl"
printf '{"id":"%s","revision":1,"changeSeq":1,"updatedAt":"2026-06-15T10:00:00+08:00","deleted":false,"enterpriseInstallation":"%s","kind":"SUPERVISION","hazardId":"%s","hazardNumber":null,"documentNo":"江工督〔2026〕7号","title":"督查通知","body":"请于十日内完成整改并书面回复。","verified":null,"issuedOn":"2026-06-15","issuedBy":"江城市总工会劳动保护部"}\n' \
    "$notice_id" "$recipient_id" "$hazard_id" > "$notices"
size=$(stat -c %s "$notices")
sha=$(sha256sum "$notices" | cut -d' ' -f1)
bundle_id=$(cat /proc/sys/kernel/random/uuid)
cat > "$work/manifest.json" <<JSON
{
  "format": "1.0",
  "bundleId": "$bundle_id",
  "kind": "feedback",
  "createdAt": "2026-06-15T10:00:00+08:00",
  "application": "make-feedback-zip.sh",
  "sender": { "fingerprint": "$sender_fpr", "installationId": "$sender_id", "role": "federation", "name": "江城市总工会" },
  "recipient": { "fingerprint": "$recipient_fpr", "installationId": "$recipient_id" },
  "changes": { "from": 1, "to": 1, "full": true },
  "counts": { "federation_notice": 1 },
  "entries": [ { "path": "records/federation_notice.jsonl", "size": $size, "sha256": "$sha" } ]
}
JSON
rm -f "$out"
(cd "$work" && zip -X -q -D "$out" manifest.json records/federation_notice.jsonl)
