using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MissionTracker.Benchmarks.ExtractionBenchmark).Assembly).Run(args);
