package org.jjjpark.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every system test the one {@link RunningPlatform} of this test run: started by the first test class that
 * asks for it, closed (and its processes verified gone) when the run ends, after the last class.
 */
public class RunningPlatformExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root context's store lives as long as the run and closes what it holds (AutoCloseable) at the end.
        return context.getRoot().getStore(ExtensionContext.Namespace.create(RunningPlatform.class))
                .computeIfAbsent(RunningPlatform.class, type -> RunningPlatform.start(), RunningPlatform.class);
    }
}
