// Class elements: enumerating and handling them through programming ?6010015: "retrieve
// the name of a method in order to call it by using ExecuteProcess". Its steps 1 and 2 as
// the page writes them (O is cWord, GetDefinition, FOR EACH over Def.Procedure), then
// each method called by its name on O; the class and its methods are ours (the stored
// page is cut before its ExecuteProcess section: the call's form, ExecuteProcess(O,
// "Name", parameters...), and its error are INFERRED, docs/builtins.md "Dynamic
// compilation"). Def.DefinitionFamily and Def.Type (step 1) were "has no property": the
// family is numbered in ?1000019540's list order (3, a class: INFERRED), the type is
// TypeVar's (wlInstance, 37).
cBase is Class
    m_sName is string
END
cWord is Class
    inherits from cBase
    m_nCount is int
END
O is cWord    // Instantiation of the CWord class
O.m_sName = "word"
Def is Definition // Declaration of a Definition variable
Def = GetDefinition(O)  // Retrieve the definition of the O object in the Def variable
Trace(Def..Name)  // Display the name of the object
Trace(Def.DefinitionFamily)
Trace(Def.Type) // Display the type of the object
// expect: cWord
// expect: 3
// expect: 37
Proc is Procedure Description
FOR EACH Proc OF Def.Procedure
    Trace(Proc.Name + ": " + ExecuteProcess(O, Proc.Name, 2))
END
// expect: Hello: hello word
// expect: Add: 2
// expect: Describe: word 4
Trace(ExecuteProcess(O, "ADD", 3), ExecuteProcess(O, "describe", 0))   // any case
// expect: 5, word 5
Trace(ExecuteProcess(O, "Hello"))   // an ancestor's method
// expect: hello word
ExecuteProcess(O, "Remove", 1)   // expect error: ExecuteProcess: the class cWord has no method 'Remove'.

PROCEDURE cBase::Hello(n = 0)
RESULT "hello " + :m_sName

PROCEDURE cWord::Add(n)
:m_nCount += n
RESULT :m_nCount

PROCEDURE cWord::Describe(n)
RESULT :m_sName + " " + (:m_nCount + n)
