// <COMPILE IF ExecutionTarget=...> blocks: wlinterp runs the WINDEV branch
<COMPILE IF ExecutionTarget=WINDEV>
Trace("windev") // expect: windev
<ELSE>
Trace("other")
<END>
<IF ExecutionTarget=WEBDEV>
this branch is not even read ((
<ELSE>
Trace("not webdev") // expect: not webdev
<END>
