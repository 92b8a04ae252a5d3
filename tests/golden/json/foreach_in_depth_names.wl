// `FOR EACH x IN Depth` where Depth names an array stays the ordinary loop over it: the
// words IN DEPTH are the deep traversal of a jsonReader (?1510029, INFERRED English
// words) only where `depth` names nothing else in the source (docs/builtins.md "The
// jsonReader type").
Depth is array of int = [3, 4]
FOR EACH x IN Depth
    Trace(x)
END
// expect: 3
// expect: 4
