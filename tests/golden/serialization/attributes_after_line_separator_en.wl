// Member attributes (<serialize=false>, <name=...>) are read from their member's own line
// even after a comment holding a line separator (U+2028) or a page break: the line was
// cut there, and each member got the attributes of the line above it
STRUCTURE Account
    // the login  and its name in JSON
    Login is string <name="user_login">
    Password is string <serialize=false>
    Age is int <serialize="years">
END
a is Account
a.Login = "ann"
a.Password = "secret"
a.Age = 30
s is string
Serialize(a, s, psdJSON)
Trace(s)   // expect: {"user_login":"ann","years":30}
