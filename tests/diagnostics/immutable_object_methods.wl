// On an immutable variable, Add, Delete... of an array (a member array too) are WL106;
// the program's class's methods of those names are not (what they change is not known)
Price is Structure
  arrSteps is array of int
END
stBase is Price <immutable>
stBase.arrSteps.Add(1) // error: WL106:1 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (Add would change its elements)
o is CBag <immutable>
o.Add(3)
o.Sort()
o.m_t.Delete(1) // error: WL106:1 cannot change 'o': it is declared immutable, its value is the one its declaration gives (Delete would change its elements)

CBag is Class
  m_t is array of int
END
PROCEDURE CBag.Add(x)
Trace("add", x)
PROCEDURE CBag.Sort()
Trace("sort")
