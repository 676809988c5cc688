// Every test starts `sampleimportance` processes; on a 2-core machine parallel classes only fight for the CPU.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
