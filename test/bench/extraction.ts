/** Placeholder until the extractor lands; replaced by a real throughput measurement. */
export function measureExtraction() {
  return { megabytes: 0, mbPerSecond: 0, citations: 0 };
}
