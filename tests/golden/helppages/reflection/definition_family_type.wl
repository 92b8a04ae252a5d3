// Definition ?1000019540: the six families its opening lists (simple type, advanced type,
// class, structure, combination, enumeration) as DefinitionFamily, numbered in that
// order, and Type as TypeVar gives it (INFERRED: the stored page is cut before those
// rows; ?6010015's example reads both; docs/builtins.md "Reflection").
ST is Structure
    n is int
END
CL is Class
    m is int
END
s is ST
c is CL
n is int = 3
t is string = "a"
r is real = 2.5
j is JSON
FOR EACH v OF [GetDefinition(n), GetDefinition(t), GetDefinition(r), GetDefinition(j), GetDefinition(c), GetDefinition(s)]
    Trace(v.Name, v.DefinitionFamily, v.Type)
END
// expect: int, 1, 8
// expect: string, 1, 16
// expect: real, 1, 12
// expect: JSON, 2, 31
// expect: CL, 3, 37
// expect: ST, 4, 36
