using Beibei.Rules.Load;

// An open-loop load harness (not a test): requests are sent at a fixed rate whatever the answers do, and each latency is
// measured from the instant the request was meant to be sent, so that a slow server cannot hide its queue
// (coordinated omission). See benchmarks/README.md.
return await Harness.RunAsync(args);
