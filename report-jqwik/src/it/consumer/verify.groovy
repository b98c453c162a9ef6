// the jqwik property saw 50 generated reports, and Jupiter ran beside it: both engines on JUnit 5.13.4
def tries = new File(basedir, 'target/property-tries.txt')
assert tries.isFile() : 'the @ForAll Report property did not run'
assert tries.text.trim() == '50' : "the property saw ${tries.text} reports, not 50"
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the property and the Jupiter test did not both pass'
assert !log.contains('KotlinReflectionUtils')
assert !log.contains('unknown enum constant') : 'compiling against the model warned about a missing annotation class'
return true
