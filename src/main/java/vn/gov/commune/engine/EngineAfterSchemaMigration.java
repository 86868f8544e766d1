package vn.gov.commune.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine starts after the product's schema migrations (Flyway), as Hibernate does.
 * Flyway baselines a database that already has tables instead of creating the product's tables
 * (a database of the version before migrations); if the engine created its ACT_* tables first, an
 * empty database would look like such a one and never get the product's tables. Registered in
 * META-INF/spring.factories.
 */
public class EngineAfterSchemaMigration extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
  }
}
