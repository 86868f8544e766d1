package vn.gov.commune.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in processes/ and forms/ (BPMN, DMN, Camunda Forms, embedded HTML forms) as
 * one shared deployment when the engine starts. Resources are named by their path from the
 * classpath root ("processes/certify-copy.bpmn", "forms/certify-copy-return.html"), the same in the
 * IDE, in tests and in the packaged jar, so that {@code embedded:deployment:forms/…} form keys
 * resolve. Duplicate filtering: an unchanged set makes no new deployment; a change redeploys all
 * resources together, so a process always finds its forms in its own deployment.
 */
@Component
class ProcessResourceDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "commune-workflow";
  static final String[] FOLDERS = {"processes", "forms"};
  static final String[] EXTENSIONS = {"bpmn", "dmn", "form", "html"};
  private static final Logger LOG = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      LOG.warn("Nothing to deploy: no resources in processes/ or forms/ on the classpath");
      return;
    }
    DeploymentBuilder builder =
        engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME).source("commune-workflow").enableDuplicateFiltering(false);
    try {
      for (Map.Entry<String, Resource> entry : resources.entrySet()) {
        try (InputStream in = entry.getValue().getInputStream()) {
          builder.addInputStream(entry.getKey(), new ByteArrayInputStream(in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the process resources: " + e.getMessage(), e);
    }
    Deployment deployment = builder.deploy();
    LOG.info("Deployment '{}' ({}) holds {}", DEPLOYMENT_NAME, deployment.getId(), resources.keySet());
  }

  /** Resource name (path from the classpath root) → resource, sorted by name. */
  static Map<String, Resource> findResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, Resource> found = new TreeMap<>();
    try {
      for (String folder : FOLDERS) {
        for (String extension : EXTENSIONS) {
          for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*." + extension)) {
            String url = resource.getURL().toString();
            int start = url.lastIndexOf("/" + folder + "/");
            found.put(url.substring(start + 1), resource);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list the process resources: " + e.getMessage(), e);
    }
    return found;
  }
}
