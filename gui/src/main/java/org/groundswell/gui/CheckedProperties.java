package org.groundswell.gui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Consumer;

import sim.util.SimpleProperties;

/**
 * MASON's bean properties, except that a value the bean's setter rejects is not swallowed: MASON's own
 * {@link SimpleProperties} prints the stack trace and leaves the field as it was, which a user sees as a value
 * silently ignored. Here the setter's message goes to {@code rejected} (the window shows it in a dialog) and
 * the field shows the value still in force.
 */
final class CheckedProperties extends SimpleProperties {

    private static final long serialVersionUID = 1L;

    private final transient Object bean;
    private final transient Consumer<String> rejected;

    CheckedProperties(Object bean, Consumer<String> rejected) {
        super(bean);
        this.bean = bean;
        this.rejected = rejected;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Method setter;
        try {
            setter = bean.getClass().getMethod("set" + getName(index), getType(index));
        } catch (NoSuchMethodException e) {
            return super._setValue(index, value);
        }
        try {
            setter.invoke(bean, value);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                rejected.accept(bad.getMessage());
                return getValue(index);
            }
            throw new IllegalStateException("setting " + getName(index) + " failed", e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            rejected.accept(getName(index) + " = " + value + ": " + e.getMessage());
            return getValue(index);
        }
        return getValue(index);
    }
}
