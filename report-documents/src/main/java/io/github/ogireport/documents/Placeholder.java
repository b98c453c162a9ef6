package io.github.ogireport.documents; final class Placeholder { private Placeholder() {} }
